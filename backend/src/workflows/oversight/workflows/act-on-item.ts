import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { type ActInput, actOnOversightItemStep } from "../steps/act-on-item"

const ACTIONS = {
  assign: "assigned",
  comment: "commented",
  resolve: "resolved",
  close: "closed",
} as const

// A reviewer's step on a flag or case, then its audit entry: who, what,
// the changed fields before and after (a comment's text is in the
// comment, not the audit log).
export const actOnOversightItemWorkflow = createWorkflow(
  "act-on-oversight-item",
  (input: ActInput) => {
    const done = actOnOversightItemStep(input)
    const entry = transform({ input, done }, ({ input, done }) => ({
      actor_type: "bureau_user" as const,
      actor_id: input.actor_id,
      action: `${input.kind === "flag" ? "oversight_flag" : "monitoring_case"}.${ACTIONS[input.action]}`,
      resource_type:
        input.kind === "flag" ? "oversight_flag" : "monitoring_case",
      resource_id: input.id,
      county_code: done.county_code,
      before: done.before,
      after: done.after,
    }))
    recordAuditEntryStep(entry)
    return new WorkflowResponse(done)
  }
)
