import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITE_TTL_MS, newInviteToken } from "../../../lib/auth/invite-token"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

// An owner invites a colleague; the token is returned once, its hash kept.
export const createCooperativeInviteStep = createStep(
  "create-cooperative-invite",
  async (
    input: { cooperative_id: string; email: string; role: "owner" | "member" },
    { container }
  ) => {
    if (input.role !== "owner") {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Only the cooperative's owner can invite staff"
      )
    }
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const [taken] = await cooperatives.listCooperativeUsers({
      email: input.email,
    })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "This email already belongs to a cooperative user"
      )
    }
    const invite = newInviteToken()
    const created = await cooperatives.createCooperativeInvites({
      cooperative_id: input.cooperative_id,
      email: input.email,
      token_hash: invite.hash,
      expires_at: new Date(Date.now() + INVITE_TTL_MS),
    })
    return new StepResponse(
      { invite: created, token: invite.token },
      created.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    await cooperatives.deleteCooperativeInvites(id)
  }
)
