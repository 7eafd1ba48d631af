import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CreateCooperativeUserInput = {
  cooperative_id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  role: "owner" | "member"
}

// Creates the staff record the `cooperative_user` auth identity points at.
export const createCooperativeUserStep = createStep(
  "create-cooperative-user",
  async (input: CreateCooperativeUserInput, { container }) => {
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const user = await cooperatives.createCooperativeUsers({
      email: input.email,
      first_name: input.first_name ?? null,
      last_name: input.last_name ?? null,
      role: input.role,
      cooperative_id: input.cooperative_id,
    })
    return new StepResponse(user, user.id)
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    await cooperatives.deleteCooperativeUsers(id)
  }
)
