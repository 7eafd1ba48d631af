import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "../../../lib/auth/invite-token"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

// Checks the invite against the registering email and marks it accepted.
export const redeemCooperativeInviteStep = createStep(
  "redeem-cooperative-invite",
  async (input: { token: string; email: string }, { container }) => {
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const [invite] = await cooperatives.listCooperativeInvites(
      { token_hash: hashInviteToken(input.token) },
      { relations: ["cooperative"] }
    )
    const usable =
      invite &&
      !invite.accepted_at &&
      new Date(invite.expires_at).getTime() > Date.now() &&
      invite.email === input.email
    if (!usable) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "token is invalid or expired"
      )
    }
    await cooperatives.updateCooperativeInvites({
      id: invite.id,
      accepted_at: new Date(),
    })
    return new StepResponse(
      { invite_id: invite.id, cooperative_id: invite.cooperative.id },
      invite.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    await cooperatives.updateCooperativeInvites({ id, accepted_at: null })
  }
)
