import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { rateLimit } from "express-rate-limit"
import { describeInfrastructure } from "../../../lib/infrastructure"
import { sharedRateLimitStore } from "../../../lib/rate-limit-store"
import { resolveVendorCaller } from "../caller"

// Registering and joining households are the two doors to the registry, so
// each cooperative gets HOUSEHOLD_ATTEMPTS_PER_HOUR of them together
// (default 60) — enough for a cooperative entering its members, far too
// few to search the registry by trying ID numbers. Counted per
// cooperative, not per address, in Redis when REDIS_URL is set (so it holds
// across instances). Every attempt is also audited.
export function householdAttemptLimit() {
  return rateLimit({
    windowMs: 60 * 60 * 1000,
    limit: Number(process.env.HOUSEHOLD_ATTEMPTS_PER_HOUR ?? 60),
    standardHeaders: "draft-7",
    legacyHeaders: false,
    identifier: "household-attempts",
    store: sharedRateLimitStore(
      describeInfrastructure(process.env).redisUrl,
      "tianfu:rate-limit:household-attempts:"
    ),
    passOnStoreError: false,
    keyGenerator: async (req) => {
      // Runs after the /vendor/* authenticate middleware.
      const caller = await resolveVendorCaller(
        req as unknown as AuthenticatedMedusaRequest
      )
      return `cooperative:${caller.cooperative.id}`
    },
    handler: (_req, res) => {
      res.status(429).json({
        type: "too_many_requests",
        message:
          "Too many household registrations or join requests from this cooperative; try again later",
      })
    },
  })
}
