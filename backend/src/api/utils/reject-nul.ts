import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

// How deep a request's JSON or query may nest. Our bodies go three levels
// deep; 10,000 levels overflowed the stack of the first recursive walk.
export const MAX_DEPTH = 32
// The largest page any list answers (the console asks for 500 at most).
export const MAX_LIMIT = 500

// A lone UTF-16 surrogate half is not text: PostgreSQL refuses it (the
// audit insert failed with a 500).
const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function badText(value: string): string | null {
  if (value.includes("\u0000")) return "must not contain NUL characters"
  if (LONE_SURROGATE.test(value)) return "must be valid Unicode text"
  return null
}

// The first thing in a request's query or body that no route may see,
// found without recursion (so depth is no danger): text PostgreSQL cannot
// hold (NUL, a lone surrogate) or nesting deeper than MAX_DEPTH. Names
// where it was and why, never the value.
export function findBadInput(
  value: unknown,
  at: string
): { field: string; problem: string } | null {
  const stack: { value: unknown; at: string; depth: number }[] = [
    { value, at, depth: 0 },
  ]
  while (stack.length) {
    const item = stack.pop()!
    const field = item.at || "body"
    if (typeof item.value === "string") {
      const problem = badText(item.value)
      if (problem) return { field, problem }
      continue
    }
    if (!item.value || typeof item.value !== "object") continue
    if (item.depth >= MAX_DEPTH) {
      return { field, problem: `must not nest deeper than ${MAX_DEPTH} levels` }
    }
    const entries = Array.isArray(item.value)
      ? item.value.map((child, i) => [`${item.at}[${i}]`, child] as const)
      : Object.entries(item.value).map(([key, child]) => {
          const problem = badText(key)
          if (problem) return [null, { field, problem }] as const
          return [item.at ? `${item.at}.${key}` : key, child] as const
        })
    for (const [childAt, child] of entries.reverse()) {
      if (childAt === null) return child as { field: string; problem: string }
      stack.push({ value: child, at: childAt, depth: item.depth + 1 })
    }
  }
  return null
}

// Paging that no list answers with anything but a 500 or a flood: limit
// and offset are whole numbers, limit at most MAX_LIMIT (Medusa's own
// dashboard under /admin asks for more, so there only the sign is checked).
function badPaging(
  query: Record<string, unknown>,
  path: string
): { field: string; problem: string } | null {
  for (const field of ["limit", "offset"] as const) {
    const raw = query[field]
    if (raw === undefined) continue
    const text = Array.isArray(raw) ? null : String(raw)
    if (text === null || !/^\d{1,9}$/.test(text)) {
      return { field, problem: "must be a whole number, 0 or more" }
    }
    if (
      field === "limit" &&
      Number(text) > MAX_LIMIT &&
      !path.startsWith("/admin")
    ) {
      return { field, problem: `must be at most ${MAX_LIMIT}` }
    }
  }
  return null
}

// Every request passes here first: what would reach PostgreSQL as a
// database error, overflow the stack, or page without bound is a 400
// naming the field instead.
export function rejectNulCharacters(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  // originalUrl, because req.path is relative to where a middleware is
  // mounted (the whole path, for a global one).
  const [path] = (req.originalUrl ?? req.url).split("?")
  const inPath = /%00/i.test(path) || path.includes("\u0000")
  const found = inPath
    ? { field: "path", problem: "must not contain NUL characters" }
    : (findBadInput(req.query, "") ??
      badPaging((req.query ?? {}) as Record<string, unknown>, path) ??
      findBadInput(req.body, ""))
  if (found) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${found.field || "body"}: ${found.problem}`
      )
    )
  }
  next()
}
