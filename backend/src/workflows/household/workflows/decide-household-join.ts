import type { LinkDefinition } from "@medusajs/framework/types"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { decideJoinRequestStep } from "../steps/decide-join-request"
import {
  type JoinDecider,
  validateJoinDecisionStep,
} from "../steps/validate-join-decision"

export type JoinDecision = {
  request_id: string
  decider: JoinDecider
  actor_id: string
  decision: "approved" | "rejected"
  note: string | null
  decided_at: Date
}

// The county's reviewer approves a cooperative's request to join a
// household (the membership link is made) or rejects it; or the
// cooperative accepts or declines a reviewer's proposal the same way.
// Audited either way.
export const decideHouseholdJoinWorkflow = createWorkflow(
  "decide-household-join",
  (input: JoinDecision) => {
    const request = validateJoinDecisionStep(input)
    const decided = decideJoinRequestStep(
      transform({ input }, ({ input }) => ({
        id: input.request_id,
        status: input.decision,
        decided_by: input.actor_id,
        decided_at: input.decided_at,
        decision_note: input.note,
      }))
    )
    when({ input }, ({ input }) => input.decision === "approved").then(() => {
      createRemoteLinkStep(
        transform({ request }, ({ request }): LinkDefinition[] => [
          {
            [COOPERATIVE_MODULE]: { cooperative_id: request.cooperative_id },
            [HOUSEHOLD_MODULE]: { household_id: request.household_id! },
          },
        ])
      )
    })
    recordAuditEntryStep(
      transform({ input, request }, ({ input, request }) => ({
        actor_type: input.decider.actor_type,
        actor_id: input.actor_id,
        action:
          request.initiated_by === "bureau"
            ? input.decision === "approved"
              ? "household.assignment_accepted"
              : "household.assignment_declined"
            : input.decision === "approved"
              ? "household.join_approved"
              : "household.join_rejected",
        resource_type: "household_join_request",
        resource_id: request.id,
        cooperative_id: request.cooperative_id,
        county_code: request.county_code,
        after: {
          status: input.decision,
          household_id: request.household_id,
          note: input.note,
        },
      }))
    )
    return new WorkflowResponse(decided)
  }
)
