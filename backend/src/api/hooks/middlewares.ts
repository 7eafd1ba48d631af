import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "express-rate-limit"
import { describePayments } from "../../lib/payments/settings"

// Stripe retries for days and may burst after an outage, so the limit is
// generous (STRIPE_WEBHOOK_RATE_LIMIT per minute and address, default 600);
// it is there to keep a flood of forged deliveries away from the database.
// Counted per server process: with several instances the total allowed is
// the limit times the number of instances.
function stripeWebhookRateLimit() {
  return rateLimit({
    windowMs: 60 * 1000,
    limit: describePayments(process.env).webhookRateLimitPerMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({
        type: "too_many_requests",
        message: "Too many webhook deliveries from this address; retry later",
      })
    },
  })
}

export const hooksMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/payment/stripe_stripe",
    // Signatures are computed over the exact bytes Stripe sent.
    bodyParser: { preserveRawBody: true },
    middlewares: [stripeWebhookRateLimit()],
  },
]
