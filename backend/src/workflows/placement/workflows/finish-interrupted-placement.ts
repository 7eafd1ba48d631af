import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  confirmVariantInventoryWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  reserveInventoryStep,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"
import { findPlacementGapsStep } from "../steps/find-placement-gaps"

// Finishes the placement of an order whose checkout was cut short (a process
// killed mid-completion): does what Medusa's cart completion did not get to,
// with Medusa's own steps, then emits order.placed again, because the first
// attempt's event was held back until its workflow ended and died with it.
// Every order.placed handler is a no-op for what is already done.
export const finishInterruptedPlacementWorkflow = createWorkflow(
  "finish-interrupted-placement",
  (input: { order_id: string; cart_id: string }) => {
    const gaps = findPlacementGapsStep(input)

    when("link-interrupted-order", { gaps }, ({ gaps }) => {
      return gaps.links.length > 0
    }).then(() => {
      createRemoteLinkStep(transform({ gaps }, ({ gaps }) => gaps.links))
    })

    when("complete-interrupted-cart", { gaps }, ({ gaps }) => {
      return gaps.complete_cart
    }).then(() => {
      updateCartsStep(
        transform({ input }, ({ input }) => [
          { id: input.cart_id, completed_at: new Date() },
        ])
      )
    })

    when("reserve-interrupted-order", { gaps }, ({ gaps }) => {
      return gaps.unreserved.items.length > 0
    }).then(() => {
      const reservations = confirmVariantInventoryWorkflow.runAsStep({
        input: transform({ gaps }, ({ gaps }) => gaps.unreserved),
      })
      reserveInventoryStep(reservations)
    })

    when("authorize-interrupted-payment", { gaps }, ({ gaps }) => {
      return !!gaps.payment_session_id
    }).then(() => {
      const payment = authorizePaymentSessionStep(
        transform({ gaps }, ({ gaps }) => ({ id: gaps.payment_session_id! }))
      )
      // As Medusa's completion: a capture made at authorization is recorded
      // on the order.
      addOrderTransactionStep(
        transform({ payment, input }, ({ payment, input }) =>
          (payment?.captures ?? []).map((capture) => ({
            order_id: input.order_id,
            amount: capture.raw_amount ?? capture.amount,
            currency_code: payment!.currency_code,
            reference: "capture",
            reference_id: capture.id,
          }))
        )
      )
    })

    emitEventStep({
      eventName: OrderWorkflowEvents.PLACED,
      data: transform({ input }, ({ input }) => ({ id: input.order_id })),
    })
    return new WorkflowResponse(gaps)
  }
)
