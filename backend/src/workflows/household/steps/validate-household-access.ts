import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inJurisdiction } from "@tianfu/domain"

export type HouseholdAccess =
  | { household_id: string; cooperative_id: string }
  | { household_id: string; jurisdiction_code: string }

// A household the caller may not see does not exist for them: a cooperative
// sees its members, a reviewer the households in their jurisdiction.
export const validateHouseholdAccessStep = createStep(
  "validate-household-access",
  async (input: HouseholdAccess, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [household],
    } = await query.graph({
      entity: "household",
      fields: [
        "id",
        "county_code",
        "registry_number",
        "status",
        "status_year",
        "verification",
        "cooperatives.id",
      ],
      filters: { id: input.household_id },
    })
    const allowed =
      !!household &&
      ("cooperative_id" in input
        ? (household.cooperatives ?? []).some(
            (c: { id: string } | null) => c?.id === input.cooperative_id
          )
        : inJurisdiction(household.county_code, input.jurisdiction_code))
    if (!allowed) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Household ${input.household_id} was not found`
      )
    }
    return new StepResponse({
      id: household.id as string,
      county_code: household.county_code as string,
      registry_number: household.registry_number as string,
    })
  }
)
