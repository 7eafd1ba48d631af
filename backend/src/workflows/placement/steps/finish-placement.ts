import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLACEMENT_MODULE } from "../../../modules/placement"
import type PlacementModuleService from "../../../modules/placement/service"

// Marks the cart's placement finished: its order is placed in full and a
// later completion of the cart has nothing to finish. Undone by marking it
// unfinished again.
export const finishPlacementStep = createStep(
  "finish-placement",
  async (input: { id: string; order_id: string }, { container }) => {
    const placements: PlacementModuleService =
      container.resolve(PLACEMENT_MODULE)
    const placement = await placements.retrievePlacement(input.id)
    if (placement.finished_at) return new StepResponse(undefined)
    await placements.updatePlacements({
      id: input.id,
      order_id: input.order_id,
      finished_at: new Date(),
    })
    return new StepResponse(undefined, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const placements: PlacementModuleService =
      container.resolve(PLACEMENT_MODULE)
    await placements.updatePlacements({ id, finished_at: null })
  }
)
