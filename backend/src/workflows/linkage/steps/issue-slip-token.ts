import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

// A new slip token for one of the cooperative's payments that stands (a
// reversal, a reversed payment or another cooperative's payout has no
// slip: 404 / 400; one the household answered already needs none: 409).
// Only the token's hash reaches the workflow. Undone by removing it.
export const issueSlipTokenStep = createStep(
  "issue-slip-token",
  async (
    input: {
      payout_id: string
      cooperative_id: string
      token_hash: string
      expires_at: Date | string
      issued_by: string
    },
    { container }
  ) => {
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const [payout] = await linkage.listLinkagePayouts(
      { id: input.payout_id, cooperative_id: input.cooperative_id },
      { take: 1 }
    )
    if (!payout) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Payout was not found")
    }
    const [reversal] = await linkage.listLinkagePayouts(
      { reverses_id: payout.id },
      { take: 1, select: ["id"] }
    )
    if (payout.entry !== "payment" || reversal) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Only a payment that stands (not reversed) can be confirmed on a slip"
      )
    }
    const [answered] = await linkage.listLinkagePayoutResponses(
      { payout_id: payout.id },
      { take: 1, select: ["id"] }
    )
    if (answered) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "The household has already answered this payout: it needs no new slip"
      )
    }
    const token = await linkage.createLinkageConfirmationTokens({
      payout_id: payout.id,
      token_hash: input.token_hash,
      expires_at: new Date(input.expires_at),
      issued_by: input.issued_by,
    })
    return new StepResponse({ token, payout }, token.id)
  },
  async (id, { container }) => {
    if (!id) return
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    await linkage.deleteLinkageConfirmationTokens(id)
  }
)
