import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertKnownCounty } from "../../county/assert-known-county"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"

// The same person registered twice is a 422 that names the existing registry
// number (found by the ID number's HMAC, never by decrypting), not a second
// household; an unknown county is a 400.
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
    const [samePerson] = await households.listHouseholds({
      id_number_hash: input.id_number_hash,
    })
    if (samePerson) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `id_number is already registered as household ${samePerson.registry_number}`
      )
    }
    const [sameNumber] = await households.listHouseholds({
      registry_number: input.registry_number,
    })
    if (sameNumber) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `registry_number ${input.registry_number} is already registered`
      )
    }
    return new StepResponse(true)
  }
)
