import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  completeCartWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  finishInterruptedPlacementWorkflow,
  finishPlacementStep,
  resumePlacement,
} from "../../placement"
import { allocateOrderLines } from "../allocate-order-lines"
import { validateCartForSaleStep } from "../steps/validate-cart-for-sale"

// Checkout: Medusa's cart completion, then the order's batch allocation,
// under the cart's lock held by this parent workflow (Medusa's documented
// way to extend completion), so a retried completion of the same cart cannot
// race the allocation of the order it already placed. The allocation keeps
// its per-order lock: the order.placed subscriber allocates the same order
// without the cart's lock (after a retried completion, say).
//
// Crash safety: Medusa's completion commits step by step and a later call
// only returns the order it finds linked to the cart, so an attempt killed
// mid-way would leave an order without its payment, reservations or
// order.placed event, or (killed before the cart link) lead to a second
// order. The placement record tells the next attempt that the last one never
// finished: it adopts the unlinked order, and finishes what was left undone.
export const completeCartWithAllocationWorkflow = createWorkflow(
  "complete-cart-with-allocation",
  (input: { id: string }) => {
    const lock = transform({ input }, ({ input }) => ({
      key: input.id,
      timeout: 30,
      ttl: 120,
    }))
    acquireLockStep(lock)
    validateCartForSaleStep(
      transform({ input }, ({ input }) => ({ cart_id: input.id }))
    )
    const { placement, earlierOrderId } = resumePlacement(
      transform({ input }, ({ input }) => ({ cart_id: input.id }))
    )
    const order = completeCartWorkflow.runAsStep({ input: { id: input.id } })
    when(
      "interrupted-order",
      { earlierOrderId },
      ({ earlierOrderId }) => !!earlierOrderId
    ).then(() => {
      finishInterruptedPlacementWorkflow.runAsStep({
        input: transform({ input, order }, ({ input, order }) => ({
          order_id: order.id,
          cart_id: input.id,
        })),
      })
    })
    allocateOrderLines(
      transform({ order }, ({ order }) => ({
        order_id: order.id,
      }))
    )
    finishPlacementStep(
      transform({ placement, order }, ({ placement, order }) => ({
        id: placement.id,
        order_id: order.id,
      }))
    )
    releaseLockStep(transform({ input }, ({ input }) => ({ key: input.id })))
    return new WorkflowResponse(order)
  }
)
