import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { auditView } from "../audit-view"
import {
  type HouseholdUpdate,
  updateHouseholdStep,
} from "../steps/update-household"
import { validateHouseholdAccessStep } from "../steps/validate-household-access"

// A member cooperative corrects a household's address, phone or size.
export const updateHouseholdWorkflow = createWorkflow(
  "update-household",
  (input: {
    cooperative_id: string
    actor_id: string
    update: HouseholdUpdate
  }) => {
    const access = transform({ input }, ({ input }) => ({
      household_id: input.update.id,
      cooperative_id: input.cooperative_id,
    }))
    validateHouseholdAccessStep(access)
    const changed = updateHouseholdStep(input.update)
    const audit = transform({ input, changed }, ({ input, changed }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: input.actor_id,
      action: "household.updated",
      resource_type: "household",
      resource_id: input.update.id,
      cooperative_id: input.cooperative_id,
      county_code: changed.after.county_code,
      before: auditView(changed.before, Object.keys(input.update)),
      after: auditView(
        changed.after as unknown as Record<string, unknown>,
        Object.keys(input.update)
      ),
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(changed.after)
  }
)
