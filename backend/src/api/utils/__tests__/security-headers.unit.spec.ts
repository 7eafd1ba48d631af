import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  API_CONTENT_SECURITY_POLICY,
  DASHBOARD_CONTENT_SECURITY_POLICY,
  securityHeaders,
} from "../security-headers"

// A response as Express hands it to our middlewares: its first middleware
// has already set X-Powered-By.
function fakeExchange(url: string, headersSent = false) {
  const headers = new Map<string, string>([["x-powered-by", "Express"]])
  const settings: Record<string, boolean> = { "x-powered-by": true }
  const req = {
    originalUrl: url,
    url,
    app: { disable: (name: string) => void (settings[name] = false) },
  } as unknown as MedusaRequest
  const res = {
    headersSent,
    setHeader: (name: string, value: string) =>
      void headers.set(name.toLowerCase(), value),
    removeHeader: (name: string) => void headers.delete(name.toLowerCase()),
  } as unknown as MedusaResponse
  return { req, res, headers, settings }
}

describe("securityHeaders", () => {
  it("gives the API a policy that loads nothing, and no X-Powered-By", () => {
    const { req, res, headers, settings } = fakeExchange(
      "/store/products?limit=1"
    )
    const next = jest.fn()
    securityHeaders(req, res, next)
    expect(next).toHaveBeenCalledWith()
    expect(Object.fromEntries(headers)).toEqual({
      "content-security-policy": API_CONTENT_SECURITY_POLICY,
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    })
    expect(API_CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(API_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    // Later answers Express makes without us do not carry it either.
    expect(settings["x-powered-by"]).toBe(false)
  })

  it("only forbids framing on Medusa's dashboard, which loads its own scripts", () => {
    for (const url of ["/app", "/app/orders", "/app?x=1"]) {
      const { req, res, headers } = fakeExchange(url)
      securityHeaders(req, res, jest.fn())
      expect(headers.get("content-security-policy")).toBe(
        DASHBOARD_CONTENT_SECURITY_POLICY
      )
      expect(headers.get("x-content-type-options")).toBe("nosniff")
    }
    const { req, res, headers } = fakeExchange("/application")
    securityHeaders(req, res, jest.fn())
    expect(headers.get("content-security-policy")).toBe(
      API_CONTENT_SECURITY_POLICY
    )
  })

  it("leaves a response that has already started alone", () => {
    const { req, res, headers } = fakeExchange("/store/products", true)
    const next = jest.fn()
    securityHeaders(req, res, next)
    expect(next).toHaveBeenCalled()
    expect(headers.has("content-security-policy")).toBe(false)
  })
})
