import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLACEMENT_MODULE } from "../../../modules/placement"
import type PlacementModuleService from "../../../modules/placement/service"

// Records that order.placed has been handled for the order's placement, so
// the announce job stops emitting it. Orders placed without a cart checkout
// (draft orders) have no placement: nothing to mark. Undone by unmarking.
export const markPlacementHandledStep = createStep(
  "mark-placement-handled",
  async (input: { order_id: string }, { container }) => {
    const placements: PlacementModuleService =
      container.resolve(PLACEMENT_MODULE)
    const ids = await placements.markHandled(input.order_id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const placements: PlacementModuleService =
      container.resolve(PLACEMENT_MODULE)
    await placements.unmarkHandled(ids)
  }
)
