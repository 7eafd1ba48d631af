import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { applyStripeReport } from "../../../../workflows/payment/utils/apply-stripe-report"
import { describePayments } from "../../../../lib/payments/settings"
import {
  readStripePaymentReport,
  verifyStripeEvent,
} from "../../../../lib/payments/stripe-events"

// Stripe's webhook endpoint (takes precedence over Medusa's generic
// /hooks/payment/:provider for this provider). The signature is checked
// before anything else, here in the request: a forged, tampered or replayed
// delivery gets a 400 and changes nothing. A verified event is applied in
// the request too, so a failure answers 5xx and Stripe delivers it again
// later; redeliveries are harmless (see applyStripeReport).
// Read once: the environment the server started with decides, as it did
// for medusa-config.ts.
const { stripe } = describePayments(process.env)

export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  if (!stripe) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Stripe is not configured on this server"
    )
  }
  const event = verifyStripeEvent(
    req.rawBody,
    req.headers["stripe-signature"],
    stripe.webhookSecret
  )
  const report = readStripePaymentReport(event)
  if (!report) {
    res.status(200).json({ received: true, event_id: event.id, applied: false })
    return
  }
  const result = await applyStripeReport(req.scope, report)
  if (result.captured || result.refunded) {
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(
        `Stripe ${event.type} ${event.id}: recorded ${result.captured} captured, ${result.refunded} refunded on payment ${result.payment_id} (order ${result.order_id})`
      )
  }
  res.status(200).json({
    received: true,
    event_id: event.id,
    applied: true,
    payment_id: result.payment_id,
    order_id: result.order_id,
    recorded: { captured: result.captured, refunded: result.refunded },
  })
}
