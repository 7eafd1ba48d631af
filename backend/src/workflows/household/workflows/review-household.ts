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

export type HouseholdReview = {
  household_id: string
  jurisdiction_code: string
  actor_id: string
  action:
    | "household.verified"
    | "household.rejected"
    | "household.status_changed"
    | "household.registry_removed"
    | "household.registry_kept"
  update: Omit<HouseholdUpdate, "id">
}

// A reviewer verifies or rejects a household, or records a status change
// (lifted out of poverty, monitored as at risk, returned to poverty).
export const reviewHouseholdWorkflow = createWorkflow(
  "review-household",
  (input: HouseholdReview) => {
    const access = transform({ input }, ({ input }) => ({
      household_id: input.household_id,
      jurisdiction_code: input.jurisdiction_code,
    }))
    validateHouseholdAccessStep(access)
    const update = transform({ input }, ({ input }) => ({
      id: input.household_id,
      ...input.update,
    }))
    const changed = updateHouseholdStep(update)
    const audit = transform({ input, changed }, ({ input, changed }) => ({
      actor_type: "bureau_user" as const,
      actor_id: input.actor_id,
      action: input.action,
      resource_type: "household",
      resource_id: input.household_id,
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
