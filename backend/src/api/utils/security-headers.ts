import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

// The API answers JSON, CSV and label pictures: a document it serves may
// load nothing, run nothing and be framed by no one.
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

// Medusa's own dashboard (/app) loads its scripts, styles and the API from
// this origin: there only framing is refused. Medusa serves it before our
// middlewares run, so this is a guard should that order ever change.
export const DASHBOARD_CONTENT_SECURITY_POLICY = "frame-ancestors 'none'"

const DASHBOARD = /^\/app(?:[/?#]|$)/

export function securityHeaderValues(path: string): Record<string, string> {
  return {
    "Content-Security-Policy": DASHBOARD.test(path)
      ? DASHBOARD_CONTENT_SECURITY_POLICY
      : API_CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  }
}

// Sets the headers on a response that has not started; the error handler
// calls it too, for errors raised before this middleware ran.
export function applySecurityHeaders(
  req: MedusaRequest,
  res: MedusaResponse
): void {
  // Express sets X-Powered-By in its first middleware, before any of ours:
  // it is removed here, and switched off on the app so that later answers
  // this middleware never sees (the dashboard, /static, /health, Medusa's
  // authentication refusals) go without it too.
  req.app?.disable?.("x-powered-by")
  if (res.headersSent) return
  res.removeHeader("X-Powered-By")
  const path = (req.originalUrl ?? req.url ?? "/").split("?")[0]
  for (const [name, value] of Object.entries(securityHeaderValues(path))) {
    res.setHeader(name, value)
  }
}

// Registered first for every path ("/*") in src/api/middlewares.ts.
export function securityHeaders(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  applySecurityHeaders(req, res)
  next()
}
