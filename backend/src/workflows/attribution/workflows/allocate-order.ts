import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { allocateOrderLines } from "../allocate-order-lines"

// Allocates a placed order's lines to batches (see allocateOrderLines):
// for orders placed outside the storefront checkout (the order.placed
// subscriber), and for a cut checkout finished by the mend-placements job.
export const allocateOrderWorkflow = createWorkflow(
  "allocate-order",
  (input: { order_id: string }) => {
    return new WorkflowResponse(allocateOrderLines(input))
  }
)
