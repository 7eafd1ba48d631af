import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { findUnannouncedPlacementsStep } from "../steps/find-unannounced-placements"

// Emits order.placed again for placed orders whose event was never handled
// (see the placement model); every handler is a no-op for what is done.
export const announcePlacedOrdersWorkflow = createWorkflow(
  "announce-placed-orders",
  (input: { now: Date }) => {
    const orders = findUnannouncedPlacementsStep(input)
    when("orders-to-announce", { orders }, ({ orders }) => {
      return orders.length > 0
    }).then(() => {
      emitEventStep({
        eventName: OrderWorkflowEvents.PLACED,
        data: transform({ orders }, ({ orders }) => orders),
      })
    })
    return new WorkflowResponse(orders)
  }
)
