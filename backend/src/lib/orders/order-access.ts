import { createHmac, timingSafeEqual } from "node:crypto"

// How long the browser that placed a guest order can read it back.
export const ORDER_ACCESS_TTL_SECONDS = 30 * 24 * 3600

const mac = (secret: string | Buffer, orderId: string, expires: number) =>
  createHmac("sha256", secret)
    .update(`order-access:v1:${orderId}:${expires}`)
    .digest("base64url")

// A guest order is readable only by the browser that placed it: completion
// hands it this token ("<expiry seconds>.<HMAC of order id and expiry>"),
// which names no personal data and cannot be made for another order or a
// later expiry without the server's secret.
export function signOrderAccess(
  secret: string | Buffer,
  orderId: string,
  nowMs: number,
  ttlSeconds = ORDER_ACCESS_TTL_SECONDS
): string {
  const expires = Math.floor(nowMs / 1000) + ttlSeconds
  return `${expires}.${mac(secret, orderId, expires)}`
}

// Whether `token` opens `orderId` now. Anything malformed is simply no.
export function verifyOrderAccess(
  secret: string | Buffer,
  orderId: string,
  token: unknown,
  nowMs: number
): boolean {
  if (typeof token !== "string" || token.length > 200) return false
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return false
  const expires = Number(match[1])
  if (expires * 1000 < nowMs) return false
  const expected = Buffer.from(mac(secret, orderId, expires))
  const given = Buffer.from(match[2])
  return expected.length === given.length && timingSafeEqual(expected, given)
}
