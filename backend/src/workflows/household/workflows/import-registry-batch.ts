import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntriesStep } from "../../audit/steps/record-audit-entries"
import type { ProtectedRegistryRow } from "../../../lib/registry/protect-row"
import { importRegistryBatchStep } from "../steps/import-registry-batch"

// One batch of a registry file: the households written in one transaction,
// then an audit entry per household a row changed, with the changed fields
// (masked). If the entries cannot be written, the batch is undone.
export const importRegistryBatchWorkflow = createWorkflow(
  "import-registry-batch",
  (input: {
    import_id: string
    jurisdiction_code: string
    actor_id: string
    rows: ProtectedRegistryRow[]
  }) => {
    const result = importRegistryBatchStep(input)
    const entries = transform({ input, result }, ({ input, result }) =>
      result.changes.map((change) => ({
        actor_type: "bureau_user" as const,
        actor_id: input.actor_id,
        action: "household.registry_updated",
        resource_type: "household",
        resource_id: change.household_id,
        county_code: change.county_code,
        before: change.before,
        after: { ...change.after, import_id: input.import_id },
      }))
    )
    recordAuditEntriesStep(entries)
    return new WorkflowResponse(result)
  }
)
