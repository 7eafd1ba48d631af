import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { loadOrderMoneyStep } from "../steps/load-order-money"
import { recordAttributionStep } from "../steps/record-attribution"

// Attribution of one order's captured and refunded money to the households
// that supplied it (DESIGN.md, "The attribution rule"). Runs on capture,
// refund and placement events; the per-order lock serialises concurrent
// deliveries, so each reads the ledger the previous one left.
export const attributeOrderPaymentsWorkflow = createWorkflow(
  "attribute-order-payments",
  (input: { order_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => ({
      key: `attribution:${input.order_id}`,
      timeout: 30,
      ttl: 60,
    }))
    acquireLockStep(lockKey)
    const snapshot = loadOrderMoneyStep(input)
    const result = recordAttributionStep(snapshot)
    releaseLockStep(
      transform({ input }, ({ input }) => ({
        key: `attribution:${input.order_id}`,
      }))
    )
    return new WorkflowResponse(result)
  }
)
