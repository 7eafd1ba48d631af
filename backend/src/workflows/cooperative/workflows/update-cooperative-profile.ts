import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import {
  type CooperativeProfileUpdate,
  updateCooperativeProfileStep,
} from "../steps/update-cooperative-profile"

// A cooperative edits its story, logo and contact email.
export const updateCooperativeProfileWorkflow = createWorkflow(
  "update-cooperative-profile",
  (input: { actor_id: string; update: CooperativeProfileUpdate }) => {
    const changed = updateCooperativeProfileStep(input.update)
    const audit = transform({ input, changed }, ({ input, changed }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: input.actor_id,
      action: "cooperative.profile_updated",
      resource_type: "cooperative",
      resource_id: input.update.id,
      cooperative_id: input.update.id,
      county_code: changed.after.county_code,
      before: changed.before as Record<string, unknown>,
      after: Object.fromEntries(
        Object.keys(input.update).map((k) => [
          k,
          (changed.after as unknown as Record<string, unknown>)[k],
        ])
      ),
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(changed.after)
  }
)
