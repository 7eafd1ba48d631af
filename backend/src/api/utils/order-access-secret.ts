import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

// The key guest-order tokens are signed with: the backend's cookie secret
// (COOKIE_SECRET), else its JWT secret.
export function orderAccessSecret(scope: MedusaContainer): string | Buffer {
  const { http } = scope.resolve(
    ContainerRegistrationKeys.CONFIG_MODULE
  ).projectConfig
  const secret = http.cookieSecret ?? http.jwtSecret
  if (!secret) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "COOKIE_SECRET is not configured"
    )
  }
  if (typeof secret === "string" || Buffer.isBuffer(secret)) return secret
  // A key object (asymmetric JWT setups): sign with the cookie secret only.
  throw new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    "COOKIE_SECRET must be a string to sign guest order tokens"
  )
}
