import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLACEMENT_MODULE } from "../../../modules/placement"
import type PlacementModuleService from "../../../modules/placement/service"

// Past the cart lock's two minutes, with room to spare: an attempt this old
// and unfinished is not running any more.
export const ABANDONED_AFTER_MS = 10 * 60_000
const PER_RUN = 50

// Carts whose checkout was cut short and never completed again (the shopper
// did not retry): the oldest first.
export const findAbandonedPlacementsStep = createStep(
  "find-abandoned-placements",
  async (input: { now: Date }, { container }) => {
    const placements: PlacementModuleService =
      container.resolve(PLACEMENT_MODULE)
    const abandoned = await placements.listPlacements(
      {
        finished_at: null,
        created_at: {
          $lt: new Date(new Date(input.now).getTime() - ABANDONED_AFTER_MS),
        },
      },
      { select: ["cart_id"], take: PER_RUN, order: { created_at: "ASC" } }
    )
    return new StepResponse(abandoned.map((p) => p.cart_id))
  }
)
