import type { LinkDefinition } from "@medusajs/framework/types"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import {
  createHouseholdStep,
  type CreateHouseholdInput,
} from "../steps/create-household"
import { validateHouseholdRegistrationStep } from "../steps/validate-household-registration"

export type RegisterHouseholdInput = {
  cooperative_id: string
  actor_id: string
  household: CreateHouseholdInput
}

// A cooperative registers a card-filed household and becomes its first
// cooperative (membership link). The bureau verifies it later.
export const registerHouseholdWorkflow = createWorkflow(
  "register-household",
  (input: RegisterHouseholdInput) => {
    validateHouseholdRegistrationStep(input.household)
    const household = createHouseholdStep(input.household)
    const membership = transform(
      { input, household },
      ({ input, household }): LinkDefinition[] => [
        {
          [COOPERATIVE_MODULE]: { cooperative_id: input.cooperative_id },
          [HOUSEHOLD_MODULE]: { household_id: household.id },
        },
      ]
    )
    createRemoteLinkStep(membership)
    const audit = transform({ input, household }, ({ input, household }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: input.actor_id,
      action: "household.registered",
      resource_type: "household",
      resource_id: household.id,
      cooperative_id: input.cooperative_id,
      county_code: household.county_code,
      after: {
        registry_number: household.registry_number,
        id_number: household.id_number_masked,
        phone: household.phone_masked,
        member_count: household.member_count,
        status: household.status,
      },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(household)
  }
)
