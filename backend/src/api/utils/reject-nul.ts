import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

// PostgreSQL text cannot hold U+0000: a NUL that reaches a query is a
// database error, a 500. Refuse it at the door instead, naming where it was.
export function findNulCharacter(value: unknown, at: string): string | null {
  if (typeof value === "string") {
    return value.includes("\u0000") ? at : null
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNulCharacter(value[i], `${at}[${i}]`)
      if (found) return found
    }
    return null
  }
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const found =
        findNulCharacter(key, at ? `${at}.${key}` : key) ??
        findNulCharacter(child, at ? `${at}.${key}` : key)
      if (found) return found
    }
  }
  return null
}

export function rejectNulCharacters(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  // originalUrl, because req.path is relative to where a middleware is
  // mounted (the whole path, for a global one).
  const [path] = (req.originalUrl ?? req.url).split("?")
  const inPath = /%00/i.test(path) || path.includes("\u0000")
  const field = inPath
    ? "path"
    : (findNulCharacter(req.query, "") ?? findNulCharacter(req.body, ""))
  if (field) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field || "body"}: must not contain NUL characters`
      )
    )
  }
  next()
}
