import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

// A payment of the cooperative that a reversal may name: another
// cooperative's (or none) is a 404, a reversal is not reversed (400).
// Whether it was reversed already is the ledger's unique index's call.
export const findReversiblePayoutStep = createStep(
  "find-reversible-payout",
  async (input: { id: string; cooperative_id: string }, { container }) => {
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const [payout] = await linkage.listLinkagePayouts(
      { id: input.id, cooperative_id: input.cooperative_id },
      { take: 1 }
    )
    if (!payout) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Payout was not found")
    }
    if (payout.entry !== "payment") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A reversal cannot be reversed; record a new payment instead"
      )
    }
    return new StepResponse(payout)
  }
)
