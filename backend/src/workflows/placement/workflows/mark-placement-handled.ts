import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { markPlacementHandledStep } from "../steps/mark-placement-handled"

// The order.placed subscriber's last word: the order's placement is handled.
export const markPlacementHandledWorkflow = createWorkflow(
  "mark-placement-handled",
  (input: { order_id: string }) =>
    new WorkflowResponse(markPlacementHandledStep(input))
)
