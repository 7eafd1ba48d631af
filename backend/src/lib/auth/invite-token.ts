import crypto from "node:crypto"

// One-time invitation tokens: the caller gets the token once, the database
// keeps only its SHA-256, so a leaked table cannot be used to sign in.
export function newInviteToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(24).toString("base64url")
  return { token, hash: hashInviteToken(token) }
}

export function hashInviteToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex")
}

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000
