import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isValidCreditCode } from "@tianfu/domain"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { assertKnownCounty } from "../../county/assert-known-county"

export type CooperativeRegistration = {
  name: string
  handle: string
  credit_code: string
  county_code: string
  contact_email: string
  story?: string | null
  logo_url?: string | null
}

// Refuses a registration that could not stand: bad credit code (400),
// unknown county (400), credit code, handle or login email taken (422).
export const validateCooperativeRegistrationStep = createStep(
  "validate-cooperative-registration",
  async (
    input: { cooperative: CooperativeRegistration; email: string },
    { container }
  ) => {
    const { cooperative, email } = input
    if (!isValidCreditCode(cooperative.credit_code)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "credit_code is not a valid unified social credit code (GB 32100 check character)"
      )
    }
    await assertKnownCounty(container, cooperative.county_code)
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const [byCode] = await cooperatives.listCooperatives({
      credit_code: cooperative.credit_code,
    })
    if (byCode) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "A cooperative with this credit_code is already registered"
      )
    }
    const [byHandle] = await cooperatives.listCooperatives({
      handle: cooperative.handle,
    })
    if (byHandle) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `handle ${cooperative.handle} is already taken`
      )
    }
    const [byEmail] = await cooperatives.listCooperativeUsers({ email })
    if (byEmail) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "This email already belongs to a cooperative user"
      )
    }
    return new StepResponse(cooperative.county_code)
  }
)
