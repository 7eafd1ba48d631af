import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLACEMENT_MODULE } from "../../../modules/placement"
import type PlacementModuleService from "../../../modules/placement/service"

// How long order.placed may take to be handled before it counts as lost.
export const ANNOUNCE_AFTER_MS = 60_000
const PER_RUN = 500

// Orders placed in full whose order.placed has not been handled a minute
// later: their event most likely died with the process that staged it.
export const findUnannouncedPlacementsStep = createStep(
  "find-unannounced-placements",
  async (input: { now: Date }, { container }) => {
    const placements: PlacementModuleService =
      container.resolve(PLACEMENT_MODULE)
    const stale = await placements.listPlacements(
      {
        handled_at: null,
        order_id: { $ne: null },
        finished_at: {
          $lt: new Date(new Date(input.now).getTime() - ANNOUNCE_AFTER_MS),
        },
      },
      { select: ["order_id"], take: PER_RUN, order: { finished_at: "ASC" } }
    )
    return new StepResponse(stale.map((p) => ({ id: p.order_id as string })))
  }
)
