import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CooperativeRegistration } from "./validate-cooperative-registration"

// Creates the cooperative as `pending`; only a bureau reviewer approves it.
export const createCooperativeStep = createStep(
  "create-cooperative",
  async (input: CooperativeRegistration, { container }) => {
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const cooperative = await cooperatives.createCooperatives({
      ...input,
      status: "pending",
    })
    return new StepResponse(cooperative, cooperative.id)
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    await cooperatives.deleteCooperatives(id)
  }
)
