import { Modules } from "@medusajs/framework/utils"
import {
  type Actor,
  loginAs,
  operator,
  registerCustomer,
  TEST_PASSWORD,
} from "../../../helpers/actors"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import {
  cancelOrder,
  captureOrderPayment,
  refundOrderPayment,
  checkout,
  CHENGDU_ADDRESS,
  prepareStorefront,
  type Storefront,
} from "../../../helpers/checkout"
import { BUTUO, CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { eventually } from "../../../helpers/eventually"
import { describeHttp } from "../../../helpers/medusa-app"
import { addBatch, addHousehold } from "../../../helpers/provenance"
import {
  approveCooperative,
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(240 * 1000)

// Read when the app boots: six claims an hour per customer.
process.env.ORDER_CLAIMS_PER_HOUR = "6"

// After checkout (issue "Commerce …"). A cooperative ships its own lines: it reads the
// recipient only while it has lines to ship and for a window after, every
// read audited, never another cooperative's; it ships with a carrier and a
// waybill through Medusa's fulfilment and shipment, marks parcels
// delivered; and the status of its lines is one rule, the same in its list,
// its filter and the shopper's view of the order by parcel. A guest who
// registers later adds their orders to the account only through a link
// e-mailed to the order's address (Medusa's order transfer), never someone
// else's, and asking tells nobody whether an order exists.
describeHttp("after checkout", ({ request, getContainer }) => {
  let storefront: Storefront
  let admin: Actor
  let reviewer: Actor
  let customer: Actor
  let zhaojue: CooperativeTenant
  let cangxi: CooperativeTenant
  let butuo: CooperativeTenant
  let teaVariant: string
  let kiwiVariant: string

  const store = () => ({ "x-publishable-api-key": storefront.publishableKey })
  const shopper = () => ({ ...customer.headers, ...store() })
  const SF = { carrier: "sf", tracking_number: "SF1234567890" }

  // The customer's order of one tea and one kiwi: a line for each
  // cooperative.
  const bothLines = async () => {
    const { order } = await checkout(request, {
      publishableKey: storefront.publishableKey,
      items: [
        { variant_id: teaVariant, quantity: 2 },
        { variant_id: kiwiVariant, quantity: 1 },
      ],
      customerToken: customer.token,
    })
    return order.id
  }
  const recipient = (tenant: Actor, orderId: string, purpose = "ship") =>
    request()
      .post(`/vendor/orders/${orderId}/recipient`)
      .set(tenant.headers)
      .send({ purpose })
  const ship = (tenant: Actor, orderId: string, body: object = SF) =>
    request()
      .post(`/vendor/orders/${orderId}/fulfillments`)
      .set(tenant.headers)
      .send(body)
  const list = async (tenant: Actor, query = "") => {
    const response = await request()
      .get(`/vendor/orders${query}`)
      .set(tenant.headers)
    expect(response.status).toBe(200)
    return response.body
  }

  beforeAll(async () => {
    storefront = await prepareStorefront(getContainer())
    admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, CANGXI, BUTUO])
    const register = (handle: string, county: string, serial: string) =>
      registerCooperative(request, {
        email: `owner@${handle}.coop`,
        name: `${handle} 合作社`,
        handle,
        county_code: county,
        serial,
      })
    zhaojue = await register("zhaojue-ship", ZHAOJUE.code, "MA6HP0001")
    cangxi = await register("cangxi-ship", CANGXI.code, "MA6HP0002")
    butuo = await register("butuo-ship", BUTUO.code, "MA6HP0003")
    reviewer = await createBureauUser(request, admin, {
      email: "reviewer@ship.gov",
      name: "四川省商务厅",
      jurisdiction_code: "51",
    })
    for (const tenant of [zhaojue, cangxi, butuo]) {
      await approveCooperative(request, reviewer, tenant)
    }
    const tea = await createProduct(request, zhaojue, buckwheatTea("ship-tea"))
    const kiwiBody = buckwheatTea("ship-kiwi")
    kiwiBody.title = "苍溪红心猕猴桃"
    const kiwi = await createProduct(request, cangxi, kiwiBody)
    teaVariant = tea.variants[0].id
    kiwiVariant = kiwi.variants[0].id
    const teaHousehold = await addHousehold(request, zhaojue, ZHAOJUE.code, 1)
    const kiwiHousehold = await addHousehold(request, cangxi, CANGXI.code, 2)
    await addBatch(request, zhaojue, teaVariant, 100, [
      { household_id: teaHousehold, quantity: 100 },
    ])
    await addBatch(request, cangxi, kiwiVariant, 100, [
      { household_id: kiwiHousehold, quantity: 100 },
    ])
    customer = await registerCustomer(
      request,
      storefront.publishableKey,
      "parcel@example.com",
      { first_name: "梅梅", last_name: "韩" }
    )
  })

  afterEach(() => {
    delete process.env.RECIPIENT_WINDOW_HOURS
  })

  it("shows a cooperative the recipient of its unshipped lines, audited and never cached, and nobody else", async () => {
    const orderId = await bothLines()
    const read = await recipient(zhaojue, orderId, "packing_slip")
    expect(read.status).toBe(200)
    expect(read.headers["cache-control"]).toBe("no-store")
    expect(read.body.recipient).toMatchObject({
      order_id: orderId,
      name: "张三",
      phone: CHENGDU_ADDRESS.phone,
      address_1: CHENGDU_ADDRESS.address_1,
      city: CHENGDU_ADDRESS.city,
      province: CHENGDU_ADDRESS.province,
      postal_code: CHENGDU_ADDRESS.postal_code,
      purpose: "packing_slip",
      available_until: null,
    })
    // The bureau's audit log names who read it, for which order and why.
    const log = await request()
      .get(`/bureau/audit-log?action=order.recipient_viewed`)
      .set(reviewer.headers)
    expect(log.status).toBe(200)
    expect(log.body.audit_entries).toEqual([
      expect.objectContaining({
        actor_type: "cooperative_user",
        resource_type: "order",
        resource_id: orderId,
        after: expect.objectContaining({ purpose: "packing_slip" }),
      }),
    ])
    expect(JSON.stringify(log.body)).not.toContain(CHENGDU_ADDRESS.phone)
    expect(JSON.stringify(log.body)).not.toContain(CHENGDU_ADDRESS.address_1)

    // A cooperative with no line in the order gets the answer a missing
    // order gets; neither the list nor the detail carries the address.
    const foreign = await recipient(butuo, orderId)
    const missing = await recipient(butuo, "order_01JXXXXXXXXXXXXXXXXXXXXXXX")
    expect([foreign.status, missing.status]).toEqual([404, 404])
    expect(foreign.body.type).toBe(missing.body.type)
    for (const path of ["/vendor/orders", `/vendor/orders/${orderId}`]) {
      const body = JSON.stringify(
        (await request().get(path).set(zhaojue.headers)).body
      )
      expect(body).toContain(CHENGDU_ADDRESS.city)
      expect(body).not.toContain(CHENGDU_ADDRESS.phone)
      expect(body).not.toContain(CHENGDU_ADDRESS.address_1)
      expect(body).not.toContain("张三")
    }

    // Bad input is a 400 naming the field.
    for (const [body, field] of [
      [{}, "purpose"],
      [{ purpose: "curiosity" }, "purpose"],
      [{ purpose: "ship", extra: 1 }, "extra"],
    ] as const) {
      const bad = await request()
        .post(`/vendor/orders/${orderId}/recipient`)
        .set(zhaojue.headers)
        .send(body)
      expect([bad.status, bad.body.message]).toEqual([
        400,
        expect.stringContaining(field),
      ])
    }
  })

  it("ships each cooperative's lines with a carrier and waybill, shows each only its parcel and the shopper both, and marks them delivered", async () => {
    const orderId = await bothLines()
    await captureOrderPayment(request, admin, orderId)
    for (const [body, field] of [
      [{}, "carrier"],
      [{ carrier: "pigeon" }, "carrier"],
      [{ carrier: "sf" }, "tracking_number"],
      [{ carrier: "sf", tracking_number: "SF 123" }, "tracking_number"],
      [{ carrier: "self", tracking_number: "SF1234567890" }, "tracking_number"],
    ] as const) {
      const bad = await ship(zhaojue, orderId, body)
      expect([bad.status, bad.body.message]).toEqual([
        400,
        expect.stringContaining(field),
      ])
    }
    const before = await list(zhaojue)
    expect(before.status_counts.awaiting_shipment).toBe(1)
    expect(before.orders[0]).toMatchObject({
      id: orderId,
      shipping_status: "awaiting_shipment",
      shipments: [],
    })

    const shipped = await ship(zhaojue, orderId)
    expect(shipped.status).toBe(201)
    const parcel = shipped.body.order.shipments[0]
    expect(shipped.body.order).toMatchObject({
      shipping_status: "shipped",
      shipments: [
        {
          carrier: "sf",
          tracking_number: "SF1234567890",
          tracking_url:
            "https://www.kuaidi100.com/chaxun?com=shunfeng&nu=SF1234567890",
          shipped_at: expect.any(String),
          delivered_at: null,
        },
      ],
    })
    // The order as a whole: one cooperative of two has shipped (Medusa's
    // own order-level status reads only the fulfilments that exist, and
    // says "shipped").
    const half = await request()
      .get(`/store/orders/${orderId}/shipments`)
      .set(shopper())
    expect(half.body.shipping_status).toBe("partially_shipped")
    // Cangxi sees neither Zhaojue's parcel nor a changed status of its own.
    const kiwiView = await request()
      .get(`/vendor/orders/${orderId}`)
      .set(cangxi.headers)
    expect(kiwiView.body.order).toMatchObject({
      shipping_status: "awaiting_shipment",
      shipments: [],
    })
    const again = await ship(zhaojue, orderId)
    expect(again.status).toBe(400)
    // The filter and the counts use the same rule as the order.
    expect((await list(zhaojue, "?shipping_status=shipped")).count).toBe(1)
    expect(
      (await list(zhaojue, "?shipping_status=awaiting_shipment")).count
    ).toBe(0)
    expect((await list(cangxi, "?shipping_status=shipped")).count).toBe(0)
    const bad = await request()
      .get("/vendor/orders?shipping_status=lost")
      .set(zhaojue.headers)
    expect([bad.status, bad.body.message]).toEqual([
      400,
      expect.stringContaining("shipping_status"),
    ])

    // Shipped: the recipient stays readable for the window, then closes.
    const within = await recipient(zhaojue, orderId, "delivery_problem")
    expect(within.status).toBe(200)
    expect(Date.parse(within.body.recipient.available_until)).toBeGreaterThan(
      Date.now() + 71 * 3_600_000
    )
    process.env.RECIPIENT_WINDOW_HOURS = "0"
    const closed = await recipient(zhaojue, orderId)
    expect([closed.status, closed.body.message]).toEqual([
      403,
      expect.stringContaining("unshipped"),
    ])
    expect(JSON.stringify(closed.body)).not.toContain(CHENGDU_ADDRESS.phone)
    // Cangxi has its line to ship: it still reads the recipient.
    expect((await recipient(cangxi, orderId)).status).toBe(200)

    // Cangxi delivers itself, with no waybill.
    const own = await ship(cangxi, orderId, { carrier: "self" })
    expect(own.status).toBe(201)
    expect(own.body.order.shipments).toEqual([
      expect.objectContaining({
        carrier: "self",
        tracking_number: null,
        tracking_url: null,
      }),
    ])

    // The shopper reads the order by parcel, in the same words.
    const parcels = await request()
      .get(`/store/orders/${orderId}/shipments`)
      .set(shopper())
    expect(parcels.status).toBe(200)
    expect(parcels.body.shipping_status).toBe("shipped")
    const byCoop = Object.fromEntries(
      parcels.body.parcels.map((p: { cooperative: { handle: string } }) => [
        p.cooperative.handle,
        p,
      ])
    )
    expect(byCoop["zhaojue-ship"]).toMatchObject({
      shipping_status: "shipped",
      lines: [expect.objectContaining({ quantity: 2, shipped_quantity: 2 })],
      shipments: [
        expect.objectContaining({
          carrier: "sf",
          tracking_number: "SF1234567890",
        }),
      ],
    })
    expect(byCoop["cangxi-ship"].shipments).toHaveLength(1)
    expect(JSON.stringify(parcels.body)).not.toContain("household")
    // Nobody else reads it: a guest without the order's token, another
    // customer.
    const stranger = await registerCustomer(
      request,
      storefront.publishableKey,
      "stranger@example.com"
    )
    for (const headers of [store(), { ...stranger.headers, ...store() }]) {
      const denied = await request()
        .get(`/store/orders/${orderId}/shipments`)
        .set(headers)
      expect(denied.status).toBe(404)
    }

    // Marking delivered: only one's own parcel, once.
    const foreign = await request()
      .post(`/vendor/orders/${orderId}/fulfillments/${parcel.id}/deliver`)
      .set(cangxi.headers)
    expect(foreign.status).toBe(404)
    const delivered = await request()
      .post(`/vendor/orders/${orderId}/fulfillments/${parcel.id}/deliver`)
      .set(zhaojue.headers)
    expect(delivered.status).toBe(200)
    expect(delivered.body.order).toMatchObject({
      shipping_status: "delivered",
      shipments: [
        expect.objectContaining({ delivered_at: expect.any(String) }),
      ],
    })
    const twice = await request()
      .post(`/vendor/orders/${orderId}/fulfillments/${parcel.id}/deliver`)
      .set(zhaojue.headers)
    expect(twice.status).toBe(400)
    const last = await request()
      .get(`/store/orders/${orderId}/shipments`)
      .set(shopper())
    expect(last.body.shipping_status).toBe("partially_delivered")
    // The operator's /app reads the same parcels, with the words to show.
    const operatorView = await request()
      .get(`/admin/orders/${orderId}/shipments`)
      .set(admin.headers)
    expect(operatorView.status).toBe(200)
    expect(operatorView.body.parcels).toEqual(last.body.parcels)
    expect(operatorView.body.words.partially_delivered).toEqual({
      zh: "部分送达",
      en: "Partly delivered",
    })
    const unknown = await request()
      .get("/admin/orders/order_01JXXXXXXXXXXXXXXXXXXXXXXX/shipments")
      .set(admin.headers)
    expect(unknown.status).toBe(404)
  })

  it("closes a canceled order: no recipient, nothing to ship, listed as canceled", async () => {
    const orderId = await bothLines()
    await cancelOrder(request, admin, orderId)
    const read = await recipient(zhaojue, orderId)
    expect([read.status, read.body.message]).toEqual([
      403,
      expect.stringContaining("canceled"),
    ])
    const refused = await ship(zhaojue, orderId)
    expect(refused.status).toBe(400)
    const canceled = await list(zhaojue, "?shipping_status=canceled")
    expect(canceled.orders.map((o: { id: string }) => o.id)).toEqual([orderId])
    expect(canceled.status_counts).toMatchObject({
      canceled: 1,
      awaiting_shipment: 0,
    })
  })

  // The e-mails the notification module recorded for this address.
  const mailTo = async (to: string, template: string) =>
    (await getContainer()
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ to, template }, { take: null })) as {
      data: Record<string, unknown> | null
    }[]
  const guestOrder = async (email: string) =>
    checkout(request, {
      publishableKey: storefront.publishableKey,
      email,
      items: [{ variant_id: teaVariant, quantity: 1 }],
    })
  const myOrders = async (actor: Actor) => {
    const response = await request()
      .get("/store/orders")
      .set({ ...actor.headers, ...store() })
    expect(response.status).toBe(200)
    return (response.body.orders as { id: string }[]).map((o) => o.id)
  }

  it("adds a guest's order to the account they open later, only through the link e-mailed to the order's address", async () => {
    const email = "guest-claim@example.com"
    const { order } = await guestOrder(email)
    const later = await registerCustomer(
      request,
      storefront.publishableKey,
      email
    )
    expect(await myOrders(later)).toEqual([])

    const asked = await request()
      .post("/store/order-claims")
      .set({ ...later.headers, ...store() })
      .send({})
    expect([asked.status, asked.body]).toEqual([
      202,
      { claim: { sent_to: "g***@example.com" } },
    ])
    // The order.transfer_requested subscriber writes it just after.
    const [mail] = await eventually(async () => {
      const mails = await mailTo(email, "order-transfer")
      expect(mails).toHaveLength(1)
      return mails
    })
    const link = new URL(String(mail.data?.claim_url))
    expect(link.pathname).toBe(`/orders/${order.id}/claim`)
    const token = link.searchParams.get("token")!
    expect(token).toMatch(/^[0-9a-f-]{36}$/)

    const wrong = await request()
      .post(`/store/orders/${order.id}/transfer/accept`)
      .set(store())
      .send({ token: "00000000-0000-4000-8000-000000000000" })
    expect(wrong.status).toBe(400)
    expect(await myOrders(later)).toEqual([])
    const accepted = await request()
      .post(`/store/orders/${order.id}/transfer/accept`)
      .set({ ...later.headers, ...store() })
      .send({ token })
    expect(accepted.status).toBe(200)
    expect(await myOrders(later)).toEqual([order.id])
    // Now the receipt is theirs too.
    const receipt = await request()
      .get(`/store/orders/${order.id}/impact`)
      .set({ ...later.headers, ...store() })
    expect(receipt.status).toBe(200)
    // The order is an account's now: nobody can ask for it again.
    const again = await request()
      .post(`/store/orders/${order.id}/transfer/request`)
      .set({ ...later.headers, ...store() })
      .send({})
    expect(again.status).toBe(404)
  })

  it("never lets a customer ask for someone else's order, answers without the order, and tells nothing by asking", async () => {
    const victim = "victim@example.com"
    const { order: guest, order_access_token: token } = await guestOrder(victim)
    const accountOrder = await bothLines()
    const stranger = await registerCustomer(
      request,
      storefront.publishableKey,
      "stranger-claims@example.com"
    )
    const as = (headers: Record<string, string> = {}) => ({
      ...stranger.headers,
      ...store(),
      ...headers,
    })
    // Someone else's guest order, an account's order, no order at all: the
    // same 404, and no e-mail sent.
    const answers = []
    for (const id of [
      guest.id,
      accountOrder,
      "order_01JXXXXXXXXXXXXXXXXXXXXXXX",
    ]) {
      const response = await request()
        .post(`/store/orders/${id}/transfer/request`)
        .set(as())
        .send({})
      answers.push([response.status, response.body.type])
    }
    expect(answers).toEqual([
      [404, "not_found"],
      [404, "not_found"],
      [404, "not_found"],
    ])
    expect(await mailTo(victim, "order-transfer")).toHaveLength(0)
    expect(await mailTo("parcel@example.com", "order-transfer")).toHaveLength(0)
    // "Find my guest orders" answers alike with or without any, and writes
    // only to the asker's own address.
    const none = await request().post("/store/order-claims").set(as()).send({})
    expect(none.status).toBe(202)
    expect(JSON.stringify(none.body)).not.toContain("victim")
    expect(await mailTo(victim, "order-transfer")).toHaveLength(0)

    // From the browser that placed it (the order's access token), the
    // request goes through; the link still goes to the order's address, and
    // the answer carries no part of the order.
    const placedHere = await request()
      .post(`/store/orders/${guest.id}/transfer/request`)
      .set(as({ "x-order-access-token": token }))
      .send({})
    expect(placedHere.status).toBe(202)
    expect(placedHere.body).toEqual({
      transfer: { order_id: guest.id, sent_to: "v***@example.com" },
    })
    await eventually(async () =>
      expect(await mailTo(victim, "order-transfer")).toHaveLength(1)
    )

    // Bad input and no session.
    const extra = await request()
      .post("/store/order-claims")
      .set(as())
      .send({ email: victim })
    expect([extra.status, extra.body.message]).toEqual([
      400,
      expect.stringContaining("email"),
    ])
    const anonymous = await request()
      .post("/store/order-claims")
      .set(store())
      .send({})
    expect(anonymous.status).toBe(401)
    // Six requests in the hour, refused ones counted: the seventh waits.
    const seventh = await request()
      .post("/store/order-claims")
      .set(as())
      .send({})
    expect([seventh.status, seventh.body.type]).toEqual([
      429,
      "too_many_requests",
    ])
  })

  it("e-mails the shopper when the order is placed, when each parcel ships (with its waybill) and when money is refunded, and each cooperative its new lines", async () => {
    const orderId = await bothLines()
    await captureOrderPayment(request, admin, orderId)
    expect((await ship(zhaojue, orderId)).status).toBe(201)
    await refundOrderPayment(request, admin, orderId, 10)
    const mails = await eventually(async () => {
      const found = Object.fromEntries(
        await Promise.all(
          ["order-placed", "order-shipped", "order-refunded"].map(
            async (template) =>
              [
                template,
                (await mailTo("parcel@example.com", template)).filter(
                  (m) => (m as { resource_id?: string }).resource_id === orderId
                ),
              ] as const
          )
        )
      )
      for (const list of Object.values(found)) expect(list).toHaveLength(1)
      return found
    })
    expect(mails["order-placed"][0].data).toMatchObject({
      total: expect.stringMatching(/^¥\d/),
    })
    expect(mails["order-shipped"][0].data).toMatchObject({
      cooperative: "zhaojue-ship 合作社",
      carrier_zh: "顺丰速运",
      tracking_number: "SF1234567890",
      tracking_url:
        "https://www.kuaidi100.com/chaxun?com=shunfeng&nu=SF1234567890",
    })
    expect(mails["order-refunded"][0].data).toMatchObject({
      amount: "¥10.00",
    })
    // Each cooperative's staff: its own lines and the console's link, and
    // nothing of the shopper (the recipient is read, audited, in the
    // console); a cooperative with no line hears nothing.
    const alerts = await eventually(async () => {
      const found = await Promise.all(
        ["owner@zhaojue-ship.coop", "owner@cangxi-ship.coop"].map(async (to) =>
          (await mailTo(to, "cooperative-new-order")).filter(
            (m) => (m as { resource_id?: string }).resource_id === orderId
          )
        )
      )
      for (const list of found) expect(list).toHaveLength(1)
      return found.map(([mail]) => mail.data!)
    })
    expect(alerts[0]).toMatchObject({
      cooperative: "zhaojue-ship 合作社",
      order_url: expect.stringMatching(new RegExp(`/coop/orders/${orderId}$`)),
    })
    expect(alerts[0].items).toContain("× 2")
    expect(alerts[0].items).not.toContain("猕猴桃")
    expect(alerts[1].items).toContain("苍溪红心猕猴桃")
    expect(alerts[1].items).toContain("× 1")
    for (const alert of alerts) {
      const text = JSON.stringify(alert)
      for (const secret of ["parcel@example.com", "13800000000", "天府大道"]) {
        expect(text).not.toContain(secret)
      }
    }
    expect(
      (await mailTo("owner@butuo-ship.coop", "cooperative-new-order")).filter(
        (m) => (m as { resource_id?: string }).resource_id === orderId
      )
    ).toHaveLength(0)
  })

  it("resets a password through the e-mailed link, and answers an unknown address the same", async () => {
    const shopperEmail = "forgetful@example.com"
    await registerCustomer(request, storefront.publishableKey, shopperEmail)
    const ask = (actor: string, identifier: string) =>
      request()
        .post(`/auth/${actor}/emailpass/reset-password`)
        .send({ identifier })
    expect((await ask("customer", shopperEmail)).status).toBe(201)
    expect((await ask("customer", "nobody@example.com")).status).toBe(201)
    expect(
      (await ask("cooperative_user", "owner@zhaojue-ship.coop")).status
    ).toBe(201)
    const resetLink = async (email: string) => {
      const [mail] = await eventually(async () => {
        const found = await mailTo(email, "password-reset")
        expect(found).toHaveLength(1)
        return found
      })
      return new URL(String(mail.data?.reset_url))
    }
    const shopperLink = await resetLink(shopperEmail)
    expect(shopperLink.pathname).toBe("/account/reset-password")
    expect(shopperLink.searchParams.get("email")).toBe(shopperEmail)
    const staffLink = await resetLink("owner@zhaojue-ship.coop")
    expect(staffLink.pathname).toBe("/reset-password")
    expect(staffLink.searchParams.get("actor")).toBe("cooperative_user")
    expect(await mailTo("nobody@example.com", "password-reset")).toHaveLength(0)

    const updated = await request()
      .post("/auth/customer/emailpass/update")
      .set("authorization", `Bearer ${shopperLink.searchParams.get("token")}`)
      .send({ password: "a brand new passphrase" })
    expect(updated.status).toBe(200)
    await loginAs(request, "customer", shopperEmail, "a brand new passphrase")
    await expect(
      loginAs(request, "customer", shopperEmail, TEST_PASSWORD)
    ).rejects.toThrow(/failed/)
    // A forged token changes nothing.
    const forged = await request()
      .post("/auth/customer/emailpass/update")
      .set("authorization", "Bearer not.a.token")
      .send({ password: "attacker's choice" })
    expect(forged.status).toBe(401)
  })
})
