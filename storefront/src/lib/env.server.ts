import type { PublicEnv } from "./env"

const trimSlash = (url: string) => url.replace(/\/+$/, "")

export function publicEnv(): PublicEnv {
  return {
    backendUrl: trimSlash(
      process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
    ),
    publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
    stripePublishableKey: process.env.STRIPE_PUBLISHABLE_KEY || null,
  }
}

// The server may reach the backend by another address than browsers do
// (a container network); without one it uses the public URL.
export function internalBackendUrl() {
  return trimSlash(process.env.MEDUSA_INTERNAL_URL ?? publicEnv().backendUrl)
}
