import crypto from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Stripe from "stripe"
import type { HttpSuite } from "./medusa-app"

// Keys for an app that registers Stripe without ever reaching it: the
// secret key is never valid at Stripe, the webhook secret is made here.
export function offlineStripeEnv() {
  return {
    STRIPE_API_KEY: "sk_test_tianfu_offline_never_sent_to_stripe",
    STRIPE_WEBHOOK_SECRET: `whsec_${crypto.randomBytes(24).toString("hex")}`,
  }
}

export type StripeIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: "manual"
  status: string
  metadata: { session_id: string }
}

// Stands in for the two Stripe calls that cannot be made here
// (paymentIntents.create when the session starts, paymentIntents.retrieve
// when the cart completes): the order's authorized manual payment becomes
// what Medusa's Stripe provider would have left, a pp_stripe_stripe session
// and payment holding an authorized PaymentIntent for the same amount.
export async function authorizeWithStripe(
  container: MedusaContainer,
  orderId: string
): Promise<{ intent: StripeIntent; payment_id: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id"],
    filters: { id: orderId },
  })
  const payment = order.payment_collections?.[0]?.payments?.[0] as {
    id: string
  }
  return paymentWithStripe(container, payment.id)
}

// The same for any authorized manual payment, e.g. one whose cart never
// became an order.
export async function paymentWithStripe(
  container: MedusaContainer,
  paymentId: string
): Promise<{ intent: StripeIntent; payment_id: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "currency_code", "payment_session_id"],
    filters: { id: paymentId },
  })
  const minor = Math.round(Number(payment.amount) * 100)
  const intent: StripeIntent = {
    id: `pi_${crypto.randomBytes(12).toString("hex")}`,
    object: "payment_intent",
    amount: minor,
    amount_capturable: minor,
    amount_received: 0,
    currency: payment.currency_code,
    capture_method: "manual",
    status: "requires_capture",
    metadata: { session_id: payment.payment_session_id as string },
  }
  const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const stripe = { provider_id: "pp_stripe_stripe", data: intent }
  await pg("payment_session")
    .where({ id: payment.payment_session_id })
    .update(stripe)
  await pg("payment").where({ id: payment.id }).update(stripe)
  return { intent, payment_id: payment.id }
}

let sequence = 0

// A Stripe event as the API version of our SDK shapes it.
export function stripeEvent(type: string, object: object): Stripe.Event {
  sequence += 1
  return {
    id: `evt_${crypto.randomBytes(8).toString("hex")}${sequence}`,
    object: "event",
    api_version: "2024-06-20",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  } as unknown as Stripe.Event
}

export function intentEvent(
  type:
    | "payment_intent.created"
    | "payment_intent.amount_capturable_updated"
    | "payment_intent.succeeded",
  intent: StripeIntent,
  captured = 0
) {
  return stripeEvent(type, {
    ...intent,
    status: type === "payment_intent.succeeded" ? "succeeded" : intent.status,
    amount_capturable: type === "payment_intent.succeeded" ? 0 : intent.amount,
    amount_received: captured,
  })
}

// charge.refunded after refunds totalling `refunded` (smallest unit) were
// made in the Stripe Dashboard; like real charges it has no session id.
export function chargeRefundedEvent(intent: StripeIntent, refunded: number) {
  return stripeEvent("charge.refunded", {
    id: `ch_${intent.id.slice(3)}`,
    object: "charge",
    payment_intent: intent.id,
    currency: intent.currency,
    amount: intent.amount,
    amount_captured: intent.amount,
    amount_refunded: refunded,
    refunded: refunded === intent.amount,
    metadata: {},
  })
}

export type Delivery = { secret: string; timestamp?: number; header?: string }

// POSTs the event to Stripe's endpoint, signed as Stripe signs it, with the
// SDK's own test helper (no network).
export function deliver(
  request: HttpSuite["request"],
  event: Stripe.Event | string,
  delivery: Delivery
) {
  const payload = typeof event === "string" ? event : JSON.stringify(event)
  const header =
    delivery.header ??
    Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: delivery.secret,
      ...(delivery.timestamp === undefined
        ? {}
        : { timestamp: delivery.timestamp }),
    })
  return request()
    .post("/hooks/payment/stripe_stripe")
    .set("content-type", "application/json")
    .set("stripe-signature", header)
    .send(payload)
}
