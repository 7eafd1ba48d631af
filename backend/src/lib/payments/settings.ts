// Which payment providers the backend runs with, decided from the
// environment alone (like lib/infrastructure.ts) so medusa-config.ts stays
// declarative and the decision is unit-tested. Medusa's system (manual)
// provider, pp_system_default, is always registered by the payment module.

export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

export type StripeSettings = {
  apiKey: string
  webhookSecret: string
  // Automatic capture (the default) takes the money when the shopper pays;
  // manual capture authorizes at checkout and captures when the operator
  // does. Stripe offers Alipay and WeChat Pay only to payments captured at
  // once, so manual capture leaves the Payment Element with cards alone.
  capture: boolean
  // Card plus whatever the Stripe account enables for the Payment Element
  // (Alipay and WeChat Pay where Stripe offers them to the account).
  automaticPaymentMethods: boolean
  paymentMethodConfiguration?: string
  paymentDescription: string
}

export type PaymentSettings = {
  stripe: StripeSettings | null
  // Webhook deliveries allowed per minute from one address.
  webhookRateLimitPerMinute: number
  summary: string[]
}

type ModuleEntry = {
  resolve: string
  options?: Record<string, unknown>
}

export class PaymentSettingsError extends Error {}

const DEFAULT_WEBHOOK_RATE_LIMIT = 600

export function describePayments(
  env: Record<string, string | undefined>
): PaymentSettings {
  const apiKey = env.STRIPE_API_KEY?.trim() || undefined
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET?.trim() || undefined
  const webhookRateLimitPerMinute = positiveInteger(
    "STRIPE_WEBHOOK_RATE_LIMIT",
    env.STRIPE_WEBHOOK_RATE_LIMIT,
    DEFAULT_WEBHOOK_RATE_LIMIT
  )
  if (!apiKey) {
    if (webhookSecret) {
      throw new PaymentSettingsError(
        "STRIPE_WEBHOOK_SECRET is set but STRIPE_API_KEY is not: set both to offer Stripe, or neither for manual payment only"
      )
    }
    return {
      stripe: null,
      webhookRateLimitPerMinute,
      summary: [
        "payments: manual provider only (set STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET for Stripe)",
      ],
    }
  }
  if (!/^(sk|rk)_(test|live)_/.test(apiKey)) {
    throw new PaymentSettingsError(
      "STRIPE_API_KEY must be a secret or restricted key (sk_test_…, sk_live_…, rk_…)"
    )
  }
  // Without the secret no webhook can be verified, and payments Stripe
  // captures on its own (Alipay, WeChat Pay) would never reach the ledger.
  if (!webhookSecret?.startsWith("whsec_")) {
    throw new PaymentSettingsError(
      "STRIPE_WEBHOOK_SECRET (whsec_…) is required with STRIPE_API_KEY: captures and refunds made in Stripe arrive only through signed webhooks"
    )
  }
  const captureMode = env.STRIPE_CAPTURE?.trim() || "automatic"
  if (captureMode !== "manual" && captureMode !== "automatic") {
    throw new PaymentSettingsError(
      `STRIPE_CAPTURE must be "manual" or "automatic", not "${captureMode}"`
    )
  }
  const stripe: StripeSettings = {
    apiKey,
    webhookSecret,
    capture: captureMode === "automatic",
    automaticPaymentMethods: true,
    paymentMethodConfiguration:
      env.STRIPE_PAYMENT_METHOD_CONFIGURATION?.trim() || undefined,
    paymentDescription: env.STRIPE_PAYMENT_DESCRIPTION?.trim() || "天府丰收",
  }
  const mode = apiKey.includes("_live_") ? "live" : "test"
  return {
    stripe,
    webhookRateLimitPerMinute,
    summary: [
      `payments: Stripe (${mode} mode, ${captureMode} capture, automatic payment methods) and the manual provider`,
    ],
  }
}

// The payment module's registration, when a provider beyond Medusa's
// built-in manual one is configured.
export function buildPaymentModules(
  settings: PaymentSettings,
  stripeProviderPath: string
): ModuleEntry[] {
  if (!settings.stripe) {
    return []
  }
  return [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: stripeProviderPath,
            id: "stripe",
            options: settings.stripe,
          },
        ],
      },
    },
  ]
}

function positiveInteger(
  name: string,
  value: string | undefined,
  fallback: number
): number {
  if (value === undefined || value.trim() === "") return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new PaymentSettingsError(
      `${name} must be a positive whole number, not "${value}"`
    )
  }
  return parsed
}
