import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  completeCartWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { allocateOrderWorkflow } from "./allocate-order"

// Checkout: Medusa's cart completion, then the order's batch allocation,
// under the cart's lock held by this parent workflow (Medusa's documented
// way to extend completion), so a retried completion of the same cart cannot
// race the allocation of the order it already placed.
export const completeCartWithAllocationWorkflow = createWorkflow(
  "complete-cart-with-allocation",
  (input: { id: string }) => {
    const lock = transform({ input }, ({ input }) => ({
      key: input.id,
      timeout: 30,
      ttl: 120,
    }))
    acquireLockStep(lock)
    const order = completeCartWorkflow.runAsStep({ input: { id: input.id } })
    const allocationInput = transform({ order }, ({ order }) => ({
      order_id: order.id,
    }))
    allocateOrderWorkflow.runAsStep({ input: allocationInput })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: input.id })))
    return new WorkflowResponse(order)
  }
)
