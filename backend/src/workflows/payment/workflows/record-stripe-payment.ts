import {
  addOrderTransactionStep,
  capturePaymentWorkflow,
  refundPaymentStep,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  paymentCatchUp,
  type StripePaymentReport,
} from "../../../lib/payments/stripe-events"
import { REFUND_RECORDED_FROM_STRIPE } from "../../../modules/stripe-payment/service"
import { findStripePaymentStep } from "../steps/find-stripe-payment"
import { loadPaymentMoneyStep } from "../steps/load-payment-money"

// Brings Medusa's record of one Stripe payment up to what a verified Stripe
// event reports. Reports carry cumulative totals and only the missing
// difference is recorded, so a redelivered, late or out-of-order event
// records nothing twice; money Stripe already moved is recorded without
// calling Stripe again (is_captured, and the provider's refund check). The
// caller holds the PaymentIntent's lock (applyStripeReport): nested
// workflows skip their own lock steps, so the lock cannot live in here.
export const recordStripePaymentWorkflow = createWorkflow(
  "record-stripe-payment",
  (report: StripePaymentReport) => {
    const target = findStripePaymentStep(report)
    const money = loadPaymentMoneyStep(target)

    // A capture or refund recorded by an earlier delivery that then failed
    // keeps its row but may have lost its order transaction (the workflow's
    // compensation removes those). Medusa's transaction steps skip what
    // exists, so every delivery restores what is missing first.
    when("stripe-order-transactions", { money }, ({ money }) => {
      return !!money?.order_id
    }).then(() => {
      addOrderTransactionStep(
        transform({ money }, ({ money }) => [
          ...money!.captures.map((capture) => ({
            order_id: money!.order_id as string,
            amount: capture.amount,
            currency_code: money!.currency_code,
            reference: "capture",
            reference_id: capture.id,
          })),
          ...money!.refunds.map((refund) => ({
            order_id: money!.order_id as string,
            amount: `-${refund.amount}`,
            currency_code: money!.currency_code,
            reference: "refund",
            reference_id: refund.id,
          })),
        ])
      ).config({ name: "restore-stripe-order-transactions" })
    })

    const missing = transform({ report, money }, ({ report, money }) =>
      money ? paymentCatchUp(report, money) : { capture: 0, refund: 0 }
    )
    when("stripe-capture-missing", { missing }, ({ missing }) => {
      return missing.capture > 0
    }).then(() => {
      capturePaymentWorkflow
        .runAsStep({
          input: transform({ target, missing }, ({ target, missing }) => ({
            payment_id: target.payment_id as string,
            amount: missing.capture,
            // Stripe has taken the money: record it, do not ask again.
            is_captured: true,
          })),
        })
        .config({ name: "record-stripe-capture" })
    })

    const refund = transform(
      { target, missing, report },
      ({ target, missing, report }) => ({
        payment_id: target.payment_id as string,
        amount: missing.refund,
        note: `Refunded in Stripe (${report.event_type} ${report.event_id})`,
        metadata: {
          [REFUND_RECORDED_FROM_STRIPE]: true,
          stripe_event_id: report.event_id,
        },
      })
    )
    when(
      "stripe-order-refund-missing",
      { missing, money },
      ({ missing, money }) => missing.refund > 0 && !!money?.order_id
    ).then(() => {
      refundPaymentWorkflow
        .runAsStep({ input: refund })
        .config({ name: "record-stripe-refund" })
    })
    // A payment whose cart never became an order (completion failed) has
    // no order to adjust: Medusa's refund workflow requires one.
    when(
      "stripe-orderless-refund-missing",
      { missing, money },
      ({ missing, money }) => missing.refund > 0 && !money?.order_id
    ).then(() => {
      refundPaymentStep(refund).config({
        name: "record-stripe-orderless-refund",
      })
    })

    return new WorkflowResponse(
      transform(
        { report, target, money, missing },
        ({ report, target, money, missing }) => ({
          session_id: target.session_id,
          payment_id: target.payment_id,
          order_id: money?.order_id ?? null,
          captured: missing.capture,
          refunded: missing.refund,
          // A session Medusa has not authorized yet: the shopper paid with
          // a redirect wallet and never came back to the shop.
          needs_authorization:
            !!target.session_id &&
            !target.payment_id &&
            (report.authorized_minor !== null ||
              report.captured_minor !== null),
        })
      )
    )
  }
)
