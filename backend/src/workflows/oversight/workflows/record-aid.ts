import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import type { AidInput } from "../../../modules/oversight/service"
import { writeAidBatchStep } from "../steps/write-aid-batch"

// A batch of aid records (from a list being imported, or posted), then one
// audit entry for the batch: how many records it created, changed and
// left, never a household's identity. If the entry cannot be written, the
// batch is undone.
export const recordAidWorkflow = createWorkflow(
  "record-aid",
  (input: {
    rows: AidInput[]
    import_id: string | null
    actor_id: string
    jurisdiction_code: string
  }) => {
    const result = writeAidBatchStep(
      transform({ input }, ({ input }) => ({
        rows: input.rows,
        import_id: input.import_id,
        recorded_by: input.actor_id,
      }))
    )
    const entry = transform({ input, result }, ({ input, result }) => ({
      actor_type: "bureau_user" as const,
      actor_id: input.actor_id,
      action: "aid_records.recorded",
      resource_type: input.import_id ? "registry_import" : "aid_record",
      resource_id: input.import_id ?? result.created[0] ?? "none",
      county_code: input.jurisdiction_code,
      after: {
        created: result.created.length,
        updated: result.updated,
        unchanged: result.unchanged,
      },
    }))
    recordAuditEntryStep(entry)
    return new WorkflowResponse(result)
  }
)
