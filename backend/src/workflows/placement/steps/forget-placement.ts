import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLACEMENT_MODULE } from "../../../modules/placement"
import type PlacementModuleService from "../../../modules/placement/service"

// Drops the record of an attempt that was cut short before Medusa created
// any order: the cart is still open and its next completion starts afresh.
// Undone by restoring the record.
export const forgetPlacementStep = createStep(
  "forget-placement",
  async (input: { id: string }, { container }) => {
    const placements: PlacementModuleService =
      container.resolve(PLACEMENT_MODULE)
    await placements.softDeletePlacements(input.id)
    return new StepResponse(undefined, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const placements: PlacementModuleService =
      container.resolve(PLACEMENT_MODULE)
    await placements.restorePlacements(id)
  }
)
