import type { BrowserContext } from "playwright-core"

type HeaderSource = Headers | Record<string, string | string[] | undefined>

const headerOf = (headers: HeaderSource, name: string): string | null => {
  if (headers instanceof Headers) return headers.get(name)
  const value = headers[name.toLowerCase()]
  return value === undefined ? null : String(value)
}

// A Content-Security-Policy as directive → sources.
export function directives(policy: string | null): Map<string, string[]> {
  const parsed = new Map<string, string[]>()
  for (const part of (policy ?? "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) parsed.set(name, sources)
  }
  return parsed
}

// What every answer of the three apps carries (fetch's Headers or
// supertest's header object), and its policy, parsed.
export function expectSecurityHeaders(
  headers: HeaderSource
): Map<string, string[]> {
  expect(headerOf(headers, "x-content-type-options")).toBe("nosniff")
  expect(headerOf(headers, "referrer-policy")).toBe(
    "strict-origin-when-cross-origin"
  )
  expect(headerOf(headers, "x-powered-by")).toBeNull()
  const policy = directives(headerOf(headers, "content-security-policy"))
  expect(policy.get("frame-ancestors")).toEqual(["'none'"])
  return policy
}

// Every Content-Security-Policy violation in the context's pages, as the
// browser reports it to the page ("script-src-elem https://…").
export async function recordCspViolations(
  context: BrowserContext,
  violations: string[]
): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `[csp] ${event.violatedDirective} ${event.blockedURI} at ${event.documentURI}`
      )
    })
  })
  context.on("console", (message) => {
    if (message.text().startsWith("[csp] ")) violations.push(message.text())
  })
}
