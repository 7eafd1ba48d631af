import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { answerSlipStep } from "../steps/answer-slip"
import { issueSlipTokenStep } from "../steps/issue-slip-token"
import { resolveDisputeStep } from "../steps/resolve-dispute"

// A slip for a payment: a new single-use token (its hash stored).
export const issuePayoutSlipWorkflow = createWorkflow(
  "issue-payout-slip",
  (input: {
    payout_id: string
    cooperative_id: string
    token_hash: string
    expires_at: Date | string
    issued_by: string
  }) => {
    return new WorkflowResponse(issueSlipTokenStep(input))
  }
)

// The household confirms a payout, or disputes it, from the slip.
export const answerPayoutSlipWorkflow = createWorkflow(
  "answer-payout-slip",
  (input: {
    token_hash: string
    outcome: "confirmed" | "not_received" | "wrong_amount"
    responder: "household" | "first_secretary"
    note?: string | null
    county_code: string
  }) => {
    return new WorkflowResponse(answerSlipStep(input))
  }
)

// A reviewer resolves a dispute with a reason; audited.
export const resolvePayoutDisputeWorkflow = createWorkflow(
  "resolve-payout-dispute",
  (input: {
    response_id: string
    jurisdiction_code: string
    resolution: "upheld" | "rejected"
    reason: string
    resolved_by: string
  }) => {
    const decided = resolveDisputeStep(input)
    const audit = transform({ input, decided }, ({ input, decided }) => ({
      actor_type: "bureau_user" as const,
      actor_id: input.resolved_by,
      action: "payout_dispute.resolved",
      resource_type: "linkage_payout_response",
      resource_id: input.response_id,
      cooperative_id: decided.payout.cooperative_id,
      county_code: decided.county_code,
      after: { resolution: input.resolution, reason: input.reason },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(decided.resolution)
  }
)
