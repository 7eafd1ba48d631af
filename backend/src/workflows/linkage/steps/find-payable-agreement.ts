import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ownAgreement } from "../utils/own-agreement"

// The cooperative's agreement a payment is made under, in force on the day
// it was paid (from its start to its end, inclusive). Another cooperative's
// (or none) is a 404; a payment outside its term is a 400.
export const findPayableAgreementStep = createStep(
  "find-payable-agreement",
  async (
    input: {
      agreement_id: string
      cooperative_id: string
      paid_on: Date | string
    },
    { container }
  ) => {
    const agreement = await ownAgreement(
      container,
      input.agreement_id,
      input.cooperative_id
    )
    const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10)
    const paid = day(input.paid_on)
    if (
      paid < day(agreement.starts_on) ||
      (agreement.ends_on && paid > day(agreement.ends_on))
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "paid_on must fall within the agreement's term"
      )
    }
    return new StepResponse(agreement)
  }
)
