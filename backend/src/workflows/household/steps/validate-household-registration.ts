import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertKnownCounty } from "../../county/assert-known-county"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"

// A household whose ID number (by its HMAC, never by decrypting) or registry
// number is already registered is not registered again. Both collisions get
// the same neutral 409, which names neither which one collided nor the
// existing household: a cooperative must not learn from it whether a person
// is a registered poor household. An unknown county is a 400.
export const DUPLICATE_HOUSEHOLD_MESSAGE =
  "This household cannot be registered here. If it is already registered, ask to join it (POST /vendor/households/link); its county's reviewer decides."

export const validateHouseholdRegistrationStep = createStep(
  "validate-household-registration",
  async (
    input: {
      registry_number: string
      county_code: string
      id_number_hash: string
    },
    { container }
  ) => {
    await assertKnownCounty(container, input.county_code)
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    const [existing] = await households.listHouseholds(
      {
        $or: [
          { id_number_hash: input.id_number_hash },
          { registry_number: input.registry_number },
        ],
      },
      { select: ["id"], take: 1 }
    )
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        DUPLICATE_HOUSEHOLD_MESSAGE
      )
    }
    return new StepResponse(true)
  }
)
