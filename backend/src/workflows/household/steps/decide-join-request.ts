import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"

// Records the reviewer's decision; compensation makes it pending again.
export const decideJoinRequestStep = createStep(
  "decide-household-join-request",
  async (
    input: {
      id: string
      status: "approved" | "rejected"
      decided_by: string
      decided_at: Date
      decision_note: string | null
    },
    { container }
  ) => {
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    const decided = await households.updateHouseholdJoinRequests(input)
    return new StepResponse(decided, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    await households.updateHouseholdJoinRequests({
      id,
      status: "pending",
      decided_by: null,
      decided_at: null,
      decision_note: null,
    })
  }
)
