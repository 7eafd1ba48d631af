import type { MiddlewareRoute } from "@medusajs/framework/http"
import { describePayments } from "../../lib/payments/settings"
import { sharedRateLimit } from "../../lib/rate-limit-store"

// Stripe retries for days and may burst after an outage, so the limit is
// generous (STRIPE_WEBHOOK_RATE_LIMIT per minute and address, default 600);
// it is there to keep a flood of forged deliveries away from the database.
// Counted in Redis when REDIS_URL is set, so it holds across instances;
// per process otherwise. If Redis fails, deliveries pass (each is still
// verified) rather than being refused.
function stripeWebhookRateLimit() {
  return sharedRateLimit({
    name: "stripe-webhook",
    windowMs: 60 * 1000,
    limit: describePayments(process.env).webhookRateLimitPerMinute,
    passOnStoreError: true,
    message: "Too many webhook deliveries from this address; retry later",
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
