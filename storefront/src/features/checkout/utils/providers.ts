// Medusa's id for the Stripe provider registered as `stripe` in the backend.
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
