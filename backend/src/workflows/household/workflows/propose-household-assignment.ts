import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { createJoinRequestStep } from "../steps/create-join-request"
import { validateAssignmentStep } from "../steps/validate-assignment"

// A reviewer assigns a registered household no cooperative reaches (the
// coverage report's unbound list) to a cooperative: a member request the
// cooperative accepts or declines (decideHouseholdJoinWorkflow). Nothing is
// linked until it accepts. Audited.
export const proposeHouseholdAssignmentWorkflow = createWorkflow(
  "propose-household-assignment",
  (input: {
    household_id: string
    cooperative_id: string
    jurisdiction_code: string
    actor_id: string
    note: string | null
  }) => {
    const household = validateAssignmentStep(input)
    const request = createJoinRequestStep(
      transform({ input, household }, ({ input, household }) => ({
        cooperative_id: input.cooperative_id,
        registry_number: household.registry_number,
        household_id: household.id,
        county_code: household.county_code,
        requested_by: input.actor_id,
        initiated_by: "bureau" as const,
        request_note: input.note,
      }))
    )
    recordAuditEntryStep(
      transform({ input, request }, ({ input, request }) => ({
        actor_type: "bureau_user" as const,
        actor_id: input.actor_id,
        action: "household.assignment_proposed",
        resource_type: "household_join_request",
        resource_id: request.id,
        cooperative_id: input.cooperative_id,
        county_code: request.county_code,
        after: {
          household_id: request.household_id,
          cooperative_id: input.cooperative_id,
          note: input.note,
        },
      }))
    )
    return new WorkflowResponse(request)
  }
)
