import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVITE_TTL_MS, newInviteToken } from "../../../lib/auth/invite-token"
import { BUREAU_MODULE } from "../../../modules/bureau"
import type BureauModuleService from "../../../modules/bureau/service"

export type CreateBureauUserInput = {
  email: string
  name: string
  jurisdiction_code: string
}

// Creates a reviewer with a one-time invite; the token is returned once.
export const createBureauUserStep = createStep(
  "create-bureau-user",
  async (input: CreateBureauUserInput, { container }) => {
    const bureau: BureauModuleService = container.resolve(BUREAU_MODULE)
    const [existing] = await bureau.listBureauUsers({ email: input.email })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A bureau user with email ${input.email} exists`
      )
    }
    const invite = newInviteToken()
    const user = await bureau.createBureauUsers({
      ...input,
      invite_token_hash: invite.hash,
      invite_expires_at: new Date(Date.now() + INVITE_TTL_MS),
    })
    return new StepResponse({ user, invite_token: invite.token }, user.id)
  },
  async (id, { container }) => {
    if (!id) return
    const bureau: BureauModuleService = container.resolve(BUREAU_MODULE)
    await bureau.deleteBureauUsers(id)
  }
)
