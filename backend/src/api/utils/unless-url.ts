import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

type Middleware = (
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) => unknown

// Skips `middleware` for URLs matching `pattern`. Medusa's own unlessPath
// tests req.path, which Express has already stripped to "/" under a
// "/vendor/*" matcher, so it never matches there; the original URL does.
export function unlessUrl(pattern: RegExp, middleware: Middleware): Middleware {
  return (req, res, next) => {
    const path = (req.originalUrl ?? req.url).split("?")[0]
    return pattern.test(path) ? next() : middleware(req, res, next)
  }
}
