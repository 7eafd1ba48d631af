import {
  acquireLockStep,
  capturePaymentWorkflow,
  processPaymentWorkflow,
  refundPaymentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { PaymentActions } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  paymentCatchUp,
  reportedAmount,
  REFUND_RECORDED_FROM_STRIPE,
  type StripePaymentReport,
} from "../../../lib/payments/stripe-events"
import { attributeOrderPaymentsWorkflow } from "../../attribution"
import { findStripePaymentStep } from "../steps/find-stripe-payment"
import { loadPaymentMoneyStep } from "../steps/load-payment-money"

// Brings Medusa's record of one Stripe payment up to what a verified Stripe
// event reports, then the attribution ledger up to Medusa's record.
// Reports carry cumulative totals and only the missing difference is
// recorded, under a per-payment lock, so a redelivered, late or
// out-of-order event records nothing twice; money Stripe already moved is
// recorded without calling Stripe again (is_captured, and the provider's
// refund check). A session not yet authorized in Medusa (the shopper
// paid with a redirect wallet and never came back) goes through Medusa's
// own processPaymentWorkflow, which authorizes it and completes the cart.
export const processStripeEventWorkflow = createWorkflow(
  "process-stripe-event",
  (report: StripePaymentReport) => {
    // One delivery at a time per intent, in every process sharing the
    // locking module: each reads what the previous one recorded.
    acquireLockStep(
      transform({ report }, ({ report }) => ({
        key: `stripe-intent:${report.intent_id}`,
        timeout: 30,
        ttl: 60,
      }))
    )
    const target = findStripePaymentStep(report)
    const money = loadPaymentMoneyStep(target)
    const recorded = transform({ report, money }, ({ report, money }) => ({
      order_id: money?.order_id ?? null,
      ...(money ? paymentCatchUp(report, money) : { capture: 0, refund: 0 }),
    }))
    when("stripe-capture-missing", { recorded }, ({ recorded }) => {
      return recorded.capture > 0
    }).then(() => {
      capturePaymentWorkflow
        .runAsStep({
          input: transform({ target, recorded }, ({ target, recorded }) => ({
            payment_id: target.payment_id as string,
            amount: recorded.capture,
            // Stripe has taken the money: record it, do not ask again.
            is_captured: true,
          })),
        })
        .config({ name: "record-stripe-capture" })
    })
    when("stripe-refund-missing", { recorded }, ({ recorded }) => {
      return recorded.refund > 0
    }).then(() => {
      refundPaymentWorkflow
        .runAsStep({
          input: transform(
            { target, recorded, report },
            ({ target, recorded, report }) => ({
              payment_id: target.payment_id as string,
              amount: recorded.refund,
              note: `Refunded in Stripe (${report.event_type} ${report.event_id})`,
              metadata: {
                [REFUND_RECORDED_FROM_STRIPE]: true,
                stripe_event_id: report.event_id,
              },
            })
          ),
        })
        .config({ name: "record-stripe-refund" })
    })
    releaseLockStep(
      transform({ report }, ({ report }) => ({
        key: `stripe-intent:${report.intent_id}`,
      }))
    )

    when("stripe-order-to-attribute", { recorded }, ({ recorded }) => {
      return !!recorded.order_id
    }).then(() => {
      attributeOrderPaymentsWorkflow
        .runAsStep({
          input: transform({ recorded }, ({ recorded }) => ({
            order_id: recorded.order_id as string,
          })),
        })
        .config({ name: "attribute-stripe-order" })
    })

    when(
      "stripe-session-not-yet-authorized",
      { target, report },
      ({ target, report }) =>
        !!target.session_id &&
        !target.payment_id &&
        (report.authorized_minor !== null || report.captured_minor !== null)
    ).then(() => {
      processPaymentWorkflow
        .runAsStep({
          input: transform({ target, report }, ({ target, report }) => ({
            action:
              report.captured_minor !== null
                ? PaymentActions.SUCCESSFUL
                : PaymentActions.AUTHORIZED,
            data: {
              session_id: target.session_id as string,
              amount: reportedAmount(report),
            },
          })),
        })
        .config({ name: "authorize-stripe-session" })
    })

    return new WorkflowResponse(
      transform({ target, recorded }, ({ target, recorded }) => ({
        session_id: target.session_id,
        payment_id: target.payment_id,
        order_id: recorded.order_id,
        captured: recorded.capture,
        refunded: recorded.refund,
      }))
    )
  }
)
