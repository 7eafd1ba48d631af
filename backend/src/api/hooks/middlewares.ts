import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "express-rate-limit"
import { describeInfrastructure } from "../../lib/infrastructure"
import { describePayments } from "../../lib/payments/settings"
import { sharedRateLimitStore } from "../../lib/rate-limit-store"

// Stripe retries for days and may burst after an outage, so the limit is
// generous (STRIPE_WEBHOOK_RATE_LIMIT per minute and address, default 600);
// it is there to keep a flood of forged deliveries away from the database.
// Counted in Redis when REDIS_URL is set, so it holds across instances;
// per process otherwise. If Redis fails, deliveries pass (each is still
// verified) rather than being refused.
function stripeWebhookRateLimit() {
  return rateLimit({
    windowMs: 60 * 1000,
    limit: describePayments(process.env).webhookRateLimitPerMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    store: sharedRateLimitStore(
      describeInfrastructure(process.env).redisUrl,
      "tianfu:rate-limit:stripe-webhook:"
    ),
    passOnStoreError: true,
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
