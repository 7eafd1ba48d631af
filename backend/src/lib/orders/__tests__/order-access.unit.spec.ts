import { signOrderAccess, verifyOrderAccess } from "../order-access"

const SECRET = "test-secret"
const NOW = Date.UTC(2026, 11, 2)

describe("order access tokens", () => {
  const token = signOrderAccess(SECRET, "order_1", NOW, 60)

  it("open their own order until they expire", () => {
    expect(verifyOrderAccess(SECRET, "order_1", token, NOW)).toBe(true)
    expect(verifyOrderAccess(SECRET, "order_1", token, NOW + 59_000)).toBe(true)
    expect(verifyOrderAccess(SECRET, "order_1", token, NOW + 61_000)).toBe(
      false
    )
  })

  it("open no other order, and nothing under another secret", () => {
    expect(verifyOrderAccess(SECRET, "order_2", token, NOW)).toBe(false)
    expect(verifyOrderAccess("other", "order_1", token, NOW)).toBe(false)
  })

  it("cannot be stretched or forged", () => {
    const [expires, mac] = token.split(".")
    const later = `${Number(expires) + 3600}.${mac}`
    expect(verifyOrderAccess(SECRET, "order_1", later, NOW)).toBe(false)
    for (const bad of [
      undefined,
      1,
      "",
      "x",
      `${expires}.`,
      `.${mac}`,
      token + "a",
      "9".repeat(300),
    ]) {
      expect(verifyOrderAccess(SECRET, "order_1", bad, NOW)).toBe(false)
    }
  })
})
