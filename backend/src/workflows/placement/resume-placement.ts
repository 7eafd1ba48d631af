import {
  transform,
  when,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import { adoptInterruptedOrderStep } from "./steps/adopt-interrupted-order"
import { beginPlacementStep } from "./steps/begin-placement"

// Composed into a workflow (as lockOrder is): begins the cart's placement
// and, when an earlier attempt left it unfinished, finds the order that
// attempt created, linking it to the cart if Medusa never did. Returns the
// placement and that order's id (none when there was no earlier order).
export function resumePlacement(
  input: WorkflowData<{ cart_id: string }> | { cart_id: string }
) {
  const placement = beginPlacementStep(input)
  const earlierOrderId = when(
    "interrupted-placement",
    { placement },
    ({ placement }) => placement.interrupted
  ).then(() =>
    adoptInterruptedOrderStep(
      transform({ input, placement }, ({ input, placement }) => ({
        cart_id: input.cart_id,
        started_at: placement.started_at,
      }))
    )
  )
  return { placement, earlierOrderId }
}
