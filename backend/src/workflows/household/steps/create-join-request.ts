import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"

export type JoinRequestInput = {
  cooperative_id: string
  registry_number: string
  household_id: string | null
  county_code: string
  requested_by: string
  initiated_by?: "cooperative" | "bureau"
  request_note?: string | null
}

// Stores a request to join a household, matched or not; compensation
// removes it.
export const createJoinRequestStep = createStep(
  "create-household-join-request",
  async (input: JoinRequestInput, { container }) => {
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    const request = await households.createHouseholdJoinRequests(input)
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (!id) return
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    await households.deleteHouseholdJoinRequests(id)
  }
)
