import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLACEMENT_MODULE } from "../../../modules/placement"
import type PlacementModuleService from "../../../modules/placement/service"

export type BegunPlacement = {
  id: string
  started_at: Date
  // An earlier attempt at this cart left the row behind and never finished
  // it: that attempt was cut short and this one must finish its work.
  interrupted: boolean
}

// Records that the cart's checkout has begun, or finds the record an earlier
// attempt left. Runs under the cart's lock, so no two attempts race here.
// Undone by deleting the record it created: a failed attempt's own
// compensation has undone its order, so the next one starts afresh.
export const beginPlacementStep = createStep(
  "begin-placement",
  async (input: { cart_id: string }, { container }) => {
    const placements: PlacementModuleService =
      container.resolve(PLACEMENT_MODULE)
    const start = await placements.beginPlacement(input.cart_id)
    return new StepResponse<BegunPlacement, string | null>(
      {
        id: start.id,
        started_at: start.created_at,
        interrupted: !start.created && !start.finished_at,
      },
      start.created ? start.id : null
    )
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const placements: PlacementModuleService =
      container.resolve(PLACEMENT_MODULE)
    await placements.deletePlacements(createdId)
  }
)
