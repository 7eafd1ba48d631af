import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inJurisdiction } from "@tianfu/domain"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import { assertCanJoin, onRegistry } from "./validate-join-decision"

// A reviewer may propose a household of their jurisdiction (anything else is
// a 404) that is on the registry — verified, not marked missing — to a
// cooperative that could count it as a member, once: a pending request for
// the same two is a 409.
export const validateAssignmentStep = createStep(
  "validate-household-assignment",
  async (
    input: {
      household_id: string
      cooperative_id: string
      jurisdiction_code: string
    },
    { container }
  ) => {
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    const [household] = await households.listHouseholds(
      { id: input.household_id },
      {
        select: [
          "id",
          "registry_number",
          "county_code",
          "verification",
          "registry_missing_since",
        ],
      }
    )
    if (
      !household ||
      !inJurisdiction(household.county_code, input.jurisdiction_code)
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Household ${input.household_id} was not found`
      )
    }
    if (!onRegistry(household)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "household: only a household on the registry (verified) can be assigned"
      )
    }
    const [pending] = await households.listHouseholdJoinRequests(
      {
        household_id: household.id,
        cooperative_id: input.cooperative_id,
        status: "pending",
      },
      { take: 1, select: ["id"] }
    )
    if (pending) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "A request for this household and cooperative is already pending"
      )
    }
    await assertCanJoin(container, {
      cooperative_id: input.cooperative_id,
      household_id: household.id,
      county_code: household.county_code,
      field: "cooperative_id",
    })
    return new StepResponse(household)
  }
)
