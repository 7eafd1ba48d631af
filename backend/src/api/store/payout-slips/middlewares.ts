import type { MiddlewareRoute } from "@medusajs/framework/http"
import { sharedRateLimit } from "../../../lib/rate-limit-store"
import { validateBody } from "../../utils/validate-body"
import { StoreAnswerSlip } from "./validators"

// Slip links are guessed at no faster than this per address (counted in
// Redis across instances when REDIS_URL is set): 30 refused requests a
// minute — a token that is not one, an answer refused — reads and answers
// together. A household opening and answering its own slip is not counted,
// so a village secretary answering for many households is never stopped.
const slipAttempts = sharedRateLimit({
  name: "payout-slip",
  windowMs: 60 * 1000,
  limit: Number(process.env.PAYOUT_SLIP_RATE_LIMIT ?? 30),
  passOnStoreError: false,
  skipSuccessfulRequests: true,
  message: "Too many slip requests from this address; wait a minute",
})

export const storePayoutSlipsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/payout-slips/:token",
    middlewares: [slipAttempts],
  },
  {
    method: ["POST"],
    matcher: "/store/payout-slips/:token",
    middlewares: [slipAttempts, validateBody(StoreAnswerSlip)],
  },
]
