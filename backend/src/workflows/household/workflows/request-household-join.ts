import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { createJoinRequestStep } from "../steps/create-join-request"
import { matchJoinRequestStep } from "../steps/match-join-request"

// A cooperative asks to count an already registered household among its
// members. Nothing is linked: the household's county reviewer approves or
// rejects the request (decideHouseholdJoinWorkflow). The request is stored
// and audited whether or not its proof matches, and the cooperative is told
// the same either way, so this is no oracle for who is on the registry.
export const requestHouseholdJoinWorkflow = createWorkflow(
  "request-household-join",
  (input: {
    cooperative_id: string
    cooperative_county: string
    actor_id: string
    registry_number: string
    id_number_hash: string
  }) => {
    const match = matchJoinRequestStep(input)
    const request = createJoinRequestStep(
      transform({ input, match }, ({ input, match }) => ({
        cooperative_id: input.cooperative_id,
        registry_number: input.registry_number,
        household_id: match.household_id,
        county_code: match.county_code,
        requested_by: input.actor_id,
      }))
    )
    recordAuditEntryStep(
      transform({ input, request }, ({ input, request }) => ({
        actor_type: "cooperative_user" as const,
        actor_id: input.actor_id,
        action: "household.join_requested",
        resource_type: "household_join_request",
        resource_id: request.id,
        cooperative_id: input.cooperative_id,
        county_code: request.county_code,
        after: {
          registry_number: request.registry_number,
          household_id: request.household_id,
        },
      }))
    )
    return new WorkflowResponse(request)
  }
)
