import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { sharedRateLimit } from "../../../lib/rate-limit-store"
import { resolveBureauCaller } from "../caller"

// Checking households against the national registry is one at a time, by
// hand: IDENTITY_REVEALS_PER_HOUR per reviewer (default 20) is enough for
// that and far too few to copy a county's identities out. Every attempt
// counts, refused ones included; counters live in Redis when REDIS_URL is
// set, so the limit holds across instances.
export function identityRevealLimit() {
  return sharedRateLimit({
    name: "identity-reveals",
    windowMs: 60 * 60 * 1000,
    limit: Number(process.env.IDENTITY_REVEALS_PER_HOUR ?? 20),
    passOnStoreError: false,
    message:
      "Too many identity reveals by this reviewer in the last hour; try again later",
    keyGenerator: async (req) => {
      // Runs after the /bureau/* authenticate middleware.
      const caller = await resolveBureauCaller(
        req as unknown as AuthenticatedMedusaRequest
      )
      return `bureau_user:${caller.id}`
    },
  })
}
