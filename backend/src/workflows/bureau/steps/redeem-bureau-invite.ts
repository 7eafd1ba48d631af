import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "../../../lib/auth/invite-token"
import { BUREAU_MODULE } from "../../../modules/bureau"
import type BureauModuleService from "../../../modules/bureau/service"

// Checks the invite against the registering email and spends it.
export const redeemBureauInviteStep = createStep(
  "redeem-bureau-invite",
  async (input: { token: string; email: string }, { container }) => {
    const bureau: BureauModuleService = container.resolve(BUREAU_MODULE)
    const [user] = await bureau.listBureauUsers({
      invite_token_hash: hashInviteToken(input.token),
    })
    const expired =
      !user?.invite_expires_at ||
      new Date(user.invite_expires_at).getTime() < Date.now()
    if (!user || expired || user.email !== input.email) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "token is invalid or expired"
      )
    }
    await bureau.updateBureauUsers({
      id: user.id,
      invite_token_hash: null,
      invite_expires_at: null,
    })
    return new StepResponse(user, {
      id: user.id,
      invite_token_hash: user.invite_token_hash,
      invite_expires_at: user.invite_expires_at,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const bureau: BureauModuleService = container.resolve(BUREAU_MODULE)
    await bureau.updateBureauUsers(previous)
  }
)
