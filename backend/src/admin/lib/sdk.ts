import Medusa from "@medusajs/js-sdk"

// The dashboard's own session: our extensions call our /admin routes as the
// signed-in operator, from the same origin that serves /app.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})
