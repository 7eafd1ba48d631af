import { lockOrder, unlockOrder } from "../order-lock"
import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { loadOrderMoneyStep } from "../steps/load-order-money"
import { recordAttributionStep } from "../steps/record-attribution"

// Attribution of one order's captured and refunded money to the households
// that supplied it (README, "Attribution"). Runs on capture,
// refund and placement events; the per-order lock serialises concurrent
// deliveries, so each reads the ledger the previous one left.
export const attributeOrderPaymentsWorkflow = createWorkflow(
  "attribute-order-payments",
  (input: { order_id: string }) => {
    lockOrder("attribution", input)
    const snapshot = loadOrderMoneyStep(input)
    const result = recordAttributionStep(snapshot)
    unlockOrder("attribution", input)
    return new WorkflowResponse(result)
  }
)
