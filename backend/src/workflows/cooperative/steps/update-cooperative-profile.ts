import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { previousValues } from "../../../lib/previous-values"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export type CooperativeProfileUpdate = {
  id: string
  story?: string | null
  logo_url?: string | null
  contact_email?: string
}

// Updates what a cooperative may change about itself (not name, code or status).
export const updateCooperativeProfileStep = createStep(
  "update-cooperative-profile",
  async (input: CooperativeProfileUpdate, { container }) => {
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    const before = (await cooperatives.retrieveCooperative(
      input.id
    )) as unknown as Record<string, unknown>
    const previous = previousValues(before, input)
    const after = await cooperatives.updateCooperatives(input)
    return new StepResponse({ before: previous, after }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const cooperatives: CooperativeModuleService =
      container.resolve(COOPERATIVE_MODULE)
    await cooperatives.updateCooperatives(previous)
  }
)
