import type { MiddlewareRoute } from "@medusajs/framework/http"
import { ipKeyGenerator } from "express-rate-limit"
import { sharedRateLimit } from "../../lib/rate-limit-store"
import { equalLoginEffort, sameRefusalAsLogin } from "./equal-effort"

const WINDOW_MS = 15 * 60 * 1000

// Password guessing against Medusa's emailpass login and registration, for
// every actor type. Only failed attempts count (a signed-in user is never
// held back): AUTH_FAILURES_PER_ACCOUNT per account (default 10) and
// AUTH_FAILURES_PER_ADDRESS per address (default 100) in 15 minutes, then a
// 429 with Retry-After. Counted in Redis when REDIS_URL is set, so the
// limits hold across instances.
function authLimit(scope: "account" | "address") {
  const limit = Number(
    scope === "account"
      ? (process.env.AUTH_FAILURES_PER_ACCOUNT ?? 10)
      : (process.env.AUTH_FAILURES_PER_ADDRESS ?? 100)
  )
  return sharedRateLimit({
    name: `auth-${scope}`,
    windowMs: WINDOW_MS,
    limit,
    skipSuccessfulRequests: true,
    passOnStoreError: true,
    message: "Too many failed attempts; try again later",
    keyGenerator: (req) => {
      if (scope === "address") return ipKeyGenerator(req.ip ?? "unknown")
      const email = (req.body as { email?: unknown } | undefined)?.email
      const actor = req.originalUrl.split("/")[2] ?? ""
      return `${actor}:${typeof email === "string" ? email.trim().toLowerCase() : ""}`
    },
  })
}

const perAccount = authLimit("account")
const perAddress = authLimit("address")

// Reset e-mails: PASSWORD_RESETS_PER_HOUR per account (default 5), every
// request counted (the answer is always the same 201), so nobody can fill
// someone's mailbox with them.
const resetsPerAccount = sharedRateLimit({
  name: "password-resets",
  windowMs: 60 * 60 * 1000,
  limit: Number(process.env.PASSWORD_RESETS_PER_HOUR ?? 5),
  passOnStoreError: true,
  message: "Too many password reset requests for this account; try again later",
  keyGenerator: (req) => {
    const identifier = (req.body as { identifier?: unknown } | undefined)
      ?.identifier
    const actor = req.originalUrl.split("/")[2] ?? ""
    return `${actor}:${typeof identifier === "string" ? identifier.trim().toLowerCase() : ""}`
  },
})

export const authMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass",
    middlewares: [perAddress, perAccount, equalLoginEffort],
  },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/register",
    middlewares: [perAddress, perAccount, sameRefusalAsLogin],
  },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/reset-password",
    middlewares: [perAddress, resetsPerAccount],
  },
  {
    // A reset token tried against the update route: failures count.
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/update",
    middlewares: [perAddress],
  },
]
