import { MedusaError } from "@medusajs/framework/utils"
import {
  getAmountFromSmallestUnit,
  getSmallestUnit,
} from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"
import Stripe from "stripe"

// Stripe's default, and what its libraries use: a signed delivery older
// than this is a replay, not a retry (each retry is signed afresh).
export const SIGNATURE_TOLERANCE_SECONDS = 300

// What one Stripe event says about one PaymentIntent's money, in the
// currency's smallest unit. Amounts are cumulative totals, never deltas,
// so applying reports in any order, any number of times, converges on
// Stripe's state: the basis of our idempotency for webhooks.
export type StripePaymentReport = {
  event_id: string
  event_type: string
  intent_id: string
  // Medusa's payment session, when the event carries it (PaymentIntents
  // created by Medusa do in their metadata).
  session_id: string | null
  currency: string
  authorized_minor: number | null
  captured_minor: number | null
  refunded_minor: number | null
}

// Verifies the Stripe-Signature header over the exact bytes received.
// Anything unsigned, signed with another secret, tampered with or older
// than the tolerance is an INVALID_DATA error naming the header.
export function verifyStripeEvent(
  rawBody: Buffer | string | undefined,
  signature: string | string[] | undefined,
  secret: string,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS
): Stripe.Event {
  if (!rawBody || !rawBody.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "body: a Stripe event is required"
    )
  }
  if (typeof signature !== "string" || !signature) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "stripe-signature: header is required"
    )
  }
  try {
    return Stripe.webhooks.constructEvent(
      rawBody,
      signature,
      secret,
      toleranceSeconds
    )
  } catch (error) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `stripe-signature: ${(error as Error).message}`
    )
  }
}

// The money a verified event reports, or null for events we acknowledge
// without acting on (they change nothing Medusa or the ledger records).
export function readStripePaymentReport(
  event: Stripe.Event
): StripePaymentReport | null {
  const base = { event_id: event.id, event_type: event.type }
  switch (event.type) {
    case "payment_intent.amount_capturable_updated":
    case "payment_intent.succeeded": {
      const intent = event.data.object
      return {
        ...base,
        intent_id: intent.id,
        session_id: intent.metadata?.session_id || null,
        currency: intent.currency,
        authorized_minor:
          event.type === "payment_intent.amount_capturable_updated"
            ? intent.amount_capturable
            : null,
        captured_minor:
          event.type === "payment_intent.succeeded"
            ? intent.amount_received
            : null,
        refunded_minor: null,
      }
    }
    case "charge.refunded": {
      const charge = event.data.object
      const intentId =
        typeof charge.payment_intent === "string"
          ? charge.payment_intent
          : charge.payment_intent?.id
      if (!intentId) return null
      return {
        ...base,
        intent_id: intentId,
        session_id: charge.metadata?.session_id || null,
        currency: charge.currency,
        authorized_minor: null,
        captured_minor: charge.amount_captured,
        refunded_minor: charge.amount_refunded,
      }
    }
    default:
      return null
  }
}

export type RecordedMoney = {
  currency_code: string
  // Medusa's totals for the payment, in major units (BigNumber-like).
  captured: number | string
  refunded: number | string
}

export type PaymentCatchUp = {
  // Major units for Medusa's payment module; 0 when nothing is missing.
  capture: number
  refund: number
}

// What Medusa must record so its captures and refunds equal what Stripe
// reports. Never negative: a report older than what Medusa already holds
// (out of order, or redelivered days later) asks for nothing.
export function paymentCatchUp(
  report: StripePaymentReport,
  recorded: RecordedMoney
): PaymentCatchUp {
  const currency = recorded.currency_code
  if (currency.toLowerCase() !== report.currency.toLowerCase()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `currency: Stripe reports ${report.currency}, the payment is in ${currency}`
    )
  }
  const capturedMinor = getSmallestUnit(recorded.captured, currency)
  const refundedMinor = getSmallestUnit(recorded.refunded, currency)
  const captureMinor = Math.max(0, (report.captured_minor ?? 0) - capturedMinor)
  const refundMinor = Math.max(0, (report.refunded_minor ?? 0) - refundedMinor)
  return {
    capture:
      captureMinor > 0 ? getAmountFromSmallestUnit(captureMinor, currency) : 0,
    refund:
      refundMinor > 0 ? getAmountFromSmallestUnit(refundMinor, currency) : 0,
  }
}

// The amount an authorization or capture report is about, in major units,
// as Medusa's processPaymentWorkflow expects it.
export function reportedAmount(report: StripePaymentReport): number {
  const minor = report.captured_minor ?? report.authorized_minor ?? 0
  return getAmountFromSmallestUnit(minor, report.currency)
}
