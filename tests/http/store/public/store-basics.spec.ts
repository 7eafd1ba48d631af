import {
  createProductsWorkflow,
  createSalesChannelsWorkflow,
} from "@medusajs/medusa/core-flows"
import { seedBaseStore, type BaseStore } from "../../../../seed/src/base-store"
import { describeHttp } from "../../../helpers/medusa-app"

jest.setTimeout(120 * 1000)

describeHttp("store basics", ({ request, getContainer }) => {
  let base: BaseStore

  beforeAll(async () => {
    base = await seedBaseStore(getContainer())
  })

  it("answers /health", async () => {
    const response = await request().get("/health")
    expect(response.status).toBe(200)
    expect(response.text).toBe("OK")
  })

  it("lists products for a request with the seeded publishable key", async () => {
    const response = await request()
      .get("/store/products")
      .set("x-publishable-api-key", base.publishableKey)
    expect(response.status).toBe(200)
    expect(response.body).toEqual(
      expect.objectContaining({
        products: expect.any(Array),
        count: expect.any(Number),
      })
    )
  })

  it("rejects a store request without a publishable key with Medusa's 400", async () => {
    const response = await request().get("/store/products")
    expect(response.status).toBe(400)
    expect(response.body.type).toBe("not_allowed")
    expect(response.body.message).toMatch(/x-publishable-api-key/)
  })

  it("rejects an unknown publishable key", async () => {
    const response = await request()
      .get("/store/products")
      .set("x-publishable-api-key", "pk_not_a_real_key")
    expect(response.status).toBe(400)
  })

  it("serves the China region in CNY", async () => {
    const response = await request()
      .get("/store/regions")
      .set("x-publishable-api-key", base.publishableKey)
    expect(response.status).toBe(200)
    const [region] = response.body.regions
    expect(region.currency_code).toBe("cny")
    expect(region.countries.map((c: { iso_2: string }) => c.iso_2)).toEqual([
      "cn",
    ])
  })

  // No STRIPE_* variables here (npm test removes them): checkout is the
  // manual provider's, as every checkout in the other suites uses it.
  it("offers only the manual payment provider when Stripe is not configured", async () => {
    const providers = await request()
      .get(`/store/payment-providers?region_id=${base.regionId}`)
      .set("x-publishable-api-key", base.publishableKey)
    expect(providers.status).toBe(200)
    expect(
      providers.body.payment_providers.map((p: { id: string }) => p.id)
    ).toEqual(["pp_system_default"])
    const webhook = await request()
      .post("/hooks/payment/stripe_stripe")
      .set("content-type", "application/json")
      .set("stripe-signature", "t=1,v1=x")
      .send("{}")
    expect(webhook.status).toBe(404)
    expect(webhook.body.message).toBe("Stripe is not configured on this server")
  })

  it("seeds the base store idempotently", async () => {
    const again = await seedBaseStore(getContainer())
    expect(again).toEqual(base)
    const response = await request()
      .get("/store/regions")
      .set("x-publishable-api-key", base.publishableKey)
    expect(response.body.regions).toHaveLength(1)
  })

  it("resolves a published handle of the shop's channel to its product, and nothing else", async () => {
    const container = getContainer()
    const {
      result: [elsewhere],
    } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: "Another shop" }] },
    })
    const product = (
      handle: string,
      status: "published" | "draft",
      channel: string
    ) => ({
      title: handle,
      handle,
      status,
      options: [{ title: "规格", values: ["1kg"] }],
      variants: [
        {
          title: "1kg",
          options: { 规格: "1kg" },
          prices: [{ currency_code: "cny", amount: 10 }],
        },
      ],
      sales_channels: [{ id: channel }],
    })
    const { result: created } = await createProductsWorkflow(container).run({
      input: {
        products: [
          product("lookup-published", "published", base.salesChannelId),
          product("lookup-draft", "draft", base.salesChannelId),
          product("lookup-elsewhere", "published", elsewhere.id),
        ],
      },
    })
    const lookup = (handle: string) =>
      request()
        .get(`/store/product-handles/${handle}`)
        .set("x-publishable-api-key", base.publishableKey)

    const found = await lookup("lookup-published")
    expect(found.status).toBe(200)
    expect(found.body).toEqual({
      product: { id: created[0].id, handle: "lookup-published" },
    })
    const page = await request()
      .get(`/store/products/${found.body.product.id}`)
      .set("x-publishable-api-key", base.publishableKey)
    expect(page.status).toBe(200)
    expect(page.body.product.handle).toBe("lookup-published")

    for (const handle of [
      "lookup-draft",
      "lookup-elsewhere",
      "no-such-product",
    ]) {
      const missing = await lookup(handle)
      expect(missing.status).toBe(404)
      expect(missing.body.message).toContain(handle)
    }
    const keyless = await request().get(
      "/store/product-handles/lookup-published"
    )
    expect(keyless.status).toBe(400)
  })
})
