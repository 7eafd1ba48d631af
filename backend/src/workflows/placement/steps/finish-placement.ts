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
    const finished = await placements.finishPlacement(input.id, input.order_id)
    return new StepResponse(undefined, finished ? input.id : null)
  },
  async (id, { container }) => {
    if (!id) return
    const placements: PlacementModuleService =
      container.resolve(PLACEMENT_MODULE)
    await placements.updatePlacements({ id, finished_at: null })
  }
)
