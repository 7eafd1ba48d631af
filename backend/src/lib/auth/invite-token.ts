import crypto from "node:crypto"

// One-time tokens (staff and reviewer invitations, payout slips): the
// caller gets the token once, the database keeps only its SHA-256, so a
// leaked table cannot be used.
export function newOneTimeToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(24).toString("base64url")
  return { token, hash: hashOneTimeToken(token) }
}

export function hashOneTimeToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex")
}

export const newInviteToken = newOneTimeToken
export const hashInviteToken = hashOneTimeToken

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000

// How long a payout slip's QR code can be answered: PAYOUT_SLIP_TTL_DAYS,
// 90 days by default.
export function slipTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.PAYOUT_SLIP_TTL_DAYS ?? 90)
  return (Number.isFinite(days) && days > 0 ? days : 90) * 24 * 60 * 60 * 1000
}
