import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { endAgreementStep } from "../steps/end-agreement"

// Ends an agreement on a date, with a reason; audited with before/after.
export const endLinkageAgreementWorkflow = createWorkflow(
  "end-linkage-agreement",
  (input: {
    id: string
    cooperative_id: string
    ends_on: Date
    end_reason: string
    actor_id: string
  }) => {
    const ended = endAgreementStep(input)
    const audit = transform({ input, ended }, ({ input, ended }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: input.actor_id,
      action: "linkage_agreement.ended",
      resource_type: "linkage_agreement",
      resource_id: input.id,
      cooperative_id: input.cooperative_id,
      county_code: ended.county_code,
      before: { ends_on: ended.before.ends_on, end_reason: null },
      after: { ends_on: ended.after.ends_on, end_reason: input.end_reason },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(ended.after)
  }
)
