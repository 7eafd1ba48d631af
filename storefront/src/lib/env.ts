// What the browser needs to talk to the backend. Read on the server at
// request time (not baked into the bundle) and handed to the client by the
// root loader, so one build serves any deployment.
export type PublicEnv = {
  backendUrl: string
  publishableKey: string
  stripePublishableKey: string | null
}

export type RegionSummary = { id: string; currency_code: string }
