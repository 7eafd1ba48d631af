import crypto from "node:crypto"
import { publicEnv } from "./env.server"

// Stripe.js and its frames, as Stripe's integration security guide lists
// them for Stripe.js and Link (the Payment Element offers Link).
const STRIPE = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: [
    "https://js.stripe.com",
    "https://*.js.stripe.com",
    "https://hooks.stripe.com",
    "https://link.com",
    "https://*.link.com",
  ],
  connect: ["https://api.stripe.com", "https://link.com", "https://*.link.com"],
}

const originOf = (url: string): string | null => {
  try {
    const { origin } = new URL(url)
    return origin === "null" ? null : origin
  } catch {
    return null
  }
}

// A fresh value for every page: React Router's inline scripts (the route
// context, the module loader, scroll restoration) carry it.
export const createNonce = () => crypto.randomBytes(16).toString("base64")

// The page's policy: scripts only from here or with this response's nonce,
// API calls to the backend, Stripe only when it is configured. Pictures come
// from wherever a cooperative's product or logo URL points (the backend's
// /static for uploads), so any image source is allowed.
export function contentSecurityPolicy(nonce: string): string {
  const env = publicEnv()
  const backend = originOf(env.backendUrl)
  const stripe = env.stripePublishableKey ? STRIPE : null
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, ...(stripe?.script ?? [])],
    ["style-src", "'self'"],
    ["img-src", "*", "data:", "blob:"],
    [
      "connect-src",
      "'self'",
      ...(backend ? [backend] : []),
      ...(stripe?.connect ?? []),
    ],
    ["frame-src", ...(stripe?.frame ?? ["'none'"])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ]
  return directives.map((directive) => directive.join(" ")).join("; ")
}

// What every answer of the storefront carries besides its policy.
export function setSecurityHeaders(headers: Headers, policy: string) {
  headers.set("Content-Security-Policy", policy)
  headers.set("X-Content-Type-Options", "nosniff")
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin")
  headers.delete("X-Powered-By")
}

// Route data (the `.data` answers of client-side navigations) is not a
// document: it may load nothing and be framed by no one.
export const DATA_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'"
