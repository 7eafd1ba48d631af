import {
  createProductsWorkflow,
  createSalesChannelsWorkflow,
} from "@medusajs/medusa/core-flows"
import { seedBaseStore, type BaseStore } from "../../../../seed/src/base-store"
import { registerCustomer } from "../../../helpers/actors"
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
  // The checkout's province → city → district cascade (GB/T 2260).
  it("answers the address cascade level by level from GB/T 2260, a municipality as its own city", async () => {
    const divisions = async (parent?: string) => {
      const response = await request()
        .get(`/store/divisions${parent ? `?parent=${parent}` : ""}`)
        .set("x-publishable-api-key", base.publishableKey)
      return response
    }
    const provinces = await divisions()
    expect(provinces.status).toBe(200)
    expect(provinces.headers["cache-control"]).toBe("public, max-age=86400")
    // 31 mainland provinces; Hong Kong, Macau and Taiwan are not shipped to.
    expect(provinces.body.divisions).toHaveLength(31)
    expect(provinces.body.divisions).toContainEqual({
      code: "510000",
      name: "四川省",
    })
    const sichuan = (await divisions("510000")).body.divisions
    expect(sichuan).toHaveLength(21)
    expect(sichuan).toContainEqual({ code: "513400", name: "凉山彝族自治州" })
    const liangshan = (await divisions("513400")).body.divisions
    expect(liangshan).toContainEqual({ code: "513431", name: "昭觉县" })
    expect(
      liangshan.every((d: { code: string }) => d.code.startsWith("5134"))
    ).toBe(true)
    expect((await divisions("110000")).body.divisions).toEqual([
      { code: "110100", name: "北京市" },
    ])
    expect((await divisions("110100")).body.divisions).toContainEqual({
      code: "110105",
      name: "朝阳区",
    })
    // 东莞 has no districts: the city is the address's last level.
    expect((await divisions("441900")).body.divisions).toEqual([])
    const unknown = await divisions("999999")
    expect([unknown.status, unknown.body.message]).toEqual([
      404,
      expect.stringContaining("999999"),
    ])
    for (const bad of ["51", "abcdef", "5100000"]) {
      const response = await divisions(bad)
      expect([bad, response.status]).toEqual([bad, 400])
      expect(response.body.message).toContain("parent")
    }
    const keyless = await request().get("/store/divisions")
    expect(keyless.status).toBe(400)
  })

  it("keeps a cart or saved address whose names are its division's, and refuses one that is not, naming the field", async () => {
    const store = { "x-publishable-api-key": base.publishableKey }
    const cart = await request()
      .post("/store/carts")
      .set(store)
      .send({ region_id: base.regionId })
    expect(cart.status).toBe(200)
    const zhaojue = {
      first_name: "测试",
      phone: "13800138000",
      province: "四川省",
      city: "凉山彝族自治州",
      address_2: "昭觉县",
      address_1: "新城镇 解放路 8 号",
      postal_code: "616150",
      country_code: "cn",
      metadata: { division_code: "513431" },
    }
    const update = (shipping_address: object) =>
      request()
        .post(`/store/carts/${cart.body.cart.id}`)
        .set(store)
        .send({ shipping_address })
    const kept = await update(zhaojue)
    expect(kept.status).toBe(200)
    expect(kept.body.cart.shipping_address).toEqual(
      expect.objectContaining({
        province: "四川省",
        city: "凉山彝族自治州",
        address_2: "昭觉县",
      })
    )
    for (const [change, field] of [
      [{ address_2: "布拖县" }, "shipping_address.address_2"],
      [{ city: "成都市" }, "shipping_address.city"],
      [{ province: "云南省" }, "shipping_address.province"],
      [{ metadata: { division_code: "513400" } }, "division_code"],
      [{ metadata: { division_code: "999999" } }, "division_code"],
      [{ metadata: { division_code: 513431 } }, "division_code"],
      [{ phone: "0834-1234567" }, "shipping_address.phone"],
      [{ phone: undefined }, "shipping_address.phone"],
      [{ postal_code: "61615" }, "shipping_address.postal_code"],
    ] as const) {
      const refused = await update({ ...zhaojue, ...change })
      expect([change, refused.status]).toEqual([change, 400])
      expect(refused.body.message).toContain(field)
    }
    // Nothing of a refused address was written.
    const after = await request()
      .get(`/store/carts/${cart.body.cart.id}?fields=*shipping_address`)
      .set(store)
    expect(after.body.cart.shipping_address).toEqual(
      expect.objectContaining({
        address_2: "昭觉县",
        metadata: { division_code: "513431" },
      })
    )

    // The account's address book: the same rule, and the address kept.
    const customer = await registerCustomer(
      request,
      base.publishableKey,
      `addresses-${Date.now()}@example.com`
    )
    const headers = { ...store, ...customer.headers }
    const wrong = await request()
      .post("/store/customers/me/addresses")
      .set(headers)
      .send({ ...zhaojue, address_2: "西昌市" })
    expect([wrong.status, wrong.body.message]).toEqual([
      400,
      expect.stringContaining("address.address_2"),
    ])
    const saved = await request()
      .post("/store/customers/me/addresses")
      .set(headers)
      .send(zhaojue)
    expect(saved.status).toBe(200)
    const me = await request().get("/store/customers/me").set(headers)
    expect(me.body.customer.addresses).toEqual([
      expect.objectContaining({
        address_2: "昭觉县",
        metadata: { division_code: "513431" },
      }),
    ])
  })

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
