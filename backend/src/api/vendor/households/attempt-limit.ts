import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { sharedRateLimit } from "../../../lib/rate-limit-store"
import { resolveVendorCaller } from "../caller"

// Registering and joining households are the two doors to the registry, so
// each cooperative gets HOUSEHOLD_ATTEMPTS_PER_HOUR of them together
// (default 60) — enough for a cooperative entering its members, far too
// few to search the registry by trying ID numbers. Counted per
// cooperative, not per address, in Redis when REDIS_URL is set (so it holds
// across instances). Every attempt is also audited.
export function householdAttemptLimit() {
  return sharedRateLimit({
    name: "household-attempts",
    windowMs: 60 * 60 * 1000,
    limit: Number(process.env.HOUSEHOLD_ATTEMPTS_PER_HOUR ?? 60),
    passOnStoreError: false,
    message:
      "Too many household registrations or join requests from this cooperative; try again later",
    keyGenerator: async (req) => {
      // Runs after the /vendor/* authenticate middleware.
      const caller = await resolveVendorCaller(
        req as unknown as AuthenticatedMedusaRequest
      )
      return `cooperative:${caller.cooperative.id}`
    },
  })
}
