import { buildPaymentModules, describePayments } from "../settings"

const STRIPE = {
  STRIPE_API_KEY: "sk_test_abc",
  STRIPE_WEBHOOK_SECRET: "whsec_abc",
}

describe("describePayments", () => {
  it("offers the manual provider alone when Stripe is not configured", () => {
    const settings = describePayments({})
    expect(settings.stripe).toBeNull()
    expect(buildPaymentModules(settings, "/stripe")).toEqual([])
    expect(settings.webhookRateLimitPerMinute).toBe(600)
  })

  it("registers Stripe with automatic capture and automatic payment methods (so wallets are offered)", () => {
    const settings = describePayments(STRIPE)
    const [module] = buildPaymentModules(settings, "/stripe")
    expect(module.resolve).toBe("@medusajs/medusa/payment")
    expect(module.options).toEqual({
      providers: [
        {
          resolve: "/stripe",
          id: "stripe",
          options: expect.objectContaining({
            apiKey: "sk_test_abc",
            webhookSecret: "whsec_abc",
            capture: true,
            automaticPaymentMethods: true,
          }),
        },
      ],
    })
    expect(settings.summary.join(" ")).not.toContain("sk_test_abc")
    expect(
      describePayments({ ...STRIPE, STRIPE_CAPTURE: "manual" }).stripe?.capture
    ).toBe(false)
  })

  it.each([
    [{ STRIPE_API_KEY: "sk_test_abc" }, /STRIPE_WEBHOOK_SECRET/],
    [{ STRIPE_WEBHOOK_SECRET: "whsec_abc" }, /STRIPE_API_KEY is not/],
    [{ ...STRIPE, STRIPE_API_KEY: "pk_test_abc" }, /STRIPE_API_KEY must be/],
    [{ ...STRIPE, STRIPE_CAPTURE: "later" }, /STRIPE_CAPTURE must be/],
    [{ STRIPE_WEBHOOK_RATE_LIMIT: "0" }, /STRIPE_WEBHOOK_RATE_LIMIT must be/],
  ])("refuses %j, naming the variable", (env, message) => {
    expect(() => describePayments(env)).toThrow(message)
  })
})
