import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { planOrderLedger } from "../../../lib/attribution/plan-entries"
import { lockOrder, unlockOrder } from "../order-lock"
import { loadOrderMoneyStep } from "../steps/load-order-money"
import { recordAttributionStep } from "../steps/record-attribution"

// The road from captured and refunded money to the households that
// supplied it (docs/attribution.md), run on capture, refund, placement and
// cancel events: lock the order (concurrent deliveries wait, so each reads
// the ledger the previous one left) → load its money and posted entries →
// plan what the ledger lacks (pure: capture and refund replay, split,
// remainders) → record it → unlock.
export const attributeOrderPaymentsWorkflow = createWorkflow(
  "attribute-order-payments",
  (input: { order_id: string }) => {
    lockOrder("attribution", input)
    const snapshot = loadOrderMoneyStep(input)
    const plan = transform({ snapshot }, ({ snapshot }) => ({
      order_id: snapshot.order_id,
      inconsistency: snapshot.inconsistency,
      planned: snapshot.inconsistency
        ? []
        : planOrderLedger(snapshot, snapshot.posted, new Date().toISOString()),
    }))
    const result = recordAttributionStep(plan)
    unlockOrder("attribution", input)
    return new WorkflowResponse(result)
  }
)
