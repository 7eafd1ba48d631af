import type Medusa from "@medusajs/js-sdk"
import type { PublicEnv } from "./env"

let browserSdk: Promise<Medusa> | undefined

// The browser's client: one per page load, loaded after hydration so the
// SDK is not part of a landing page's initial JavaScript. A signed-in
// customer's token lives in localStorage, as Medusa's js-sdk keeps it.
export function getBrowserSdk(env: PublicEnv): Promise<Medusa> {
  browserSdk ??= import("@medusajs/js-sdk").then(
    ({ default: MedusaSdk }) =>
      new MedusaSdk({
        baseUrl: env.backendUrl,
        publishableKey: env.publishableKey,
        auth: { type: "jwt", jwtTokenStorageMethod: "local" },
      })
  )
  return browserSdk
}

// Medusa's FetchError carries the HTTP status.
export function httpStatus(error: unknown): number | undefined {
  return typeof error === "object" && error && "status" in error
    ? Number((error as { status: unknown }).status)
    : undefined
}
