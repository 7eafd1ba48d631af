import Medusa from "@medusajs/js-sdk"
import type { PublicEnv } from "./env"

let browserSdk: Medusa | undefined

// The browser's client: one per page load. A signed-in customer's token
// lives in localStorage, as Medusa's js-sdk keeps it.
export function getBrowserSdk(env: PublicEnv) {
  browserSdk ??= new Medusa({
    baseUrl: env.backendUrl,
    publishableKey: env.publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "local" },
  })
  return browserSdk
}
