import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attributeOrderPaymentsWorkflow } from "../../../../backend/src/workflows/attribution"
import {
  orderMoneyMoved,
  orderProductIds,
  stockLevelProductIds,
  unallocatedOrderLines,
  unlinkedOrderCooperatives,
} from "../../../../backend/src/workflows/order/utils/order-reads"
import { type Actor, operator, registerCustomer } from "../../../helpers/actors"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import {
  cancelOrder,
  captureOrderPayment,
  checkout,
  prepareStorefront,
  refundOrderPayment,
  type Storefront,
} from "../../../helpers/checkout"
import { eventually } from "../../../helpers/eventually"
import { CANGXI, ZHAOJUE } from "../../../helpers/fixtures"
import { describeHttp } from "../../../helpers/medusa-app"
import {
  addBatch,
  addHousehold,
  verifyHouseholds,
} from "../../../helpers/provenance"
import { services } from "../../../helpers/services"
import {
  approveCooperative,
  type CooperativeTenant,
  createBureauUser,
  createCounties,
  registerCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(240 * 1000)

type Row = Record<string, unknown> & { net: number }

// The attribution rule end to end through the HTTP API: a customer buys from
// two cooperatives, the operator captures and refunds, and the bureau's
// report, the cooperatives' dashboards and the customer's impact receipt
// agree to the fen at every step; reconciliation finds nothing to report.
describeHttp("attribution end to end", ({ request, getContainer }) => {
  let storefront: Storefront
  let admin: Actor
  let province: Actor
  let liangshan: Actor
  let customer: Actor
  let zhaojue: CooperativeTenant
  let cangxi: CooperativeTenant
  let teaVariant: string
  let kiwiVariant: string
  let teaBatch: string
  const households: string[] = []

  const store = () => ({
    "x-publishable-api-key": storefront.publishableKey,
  })
  // The signed-in customer as the storefront calls the store API.
  const shopper = (): Actor => ({
    token: customer.token,
    headers: { ...customer.headers, ...store() },
  })

  async function get(actor: Actor, path: string) {
    const response = await request().get(path).set(actor.headers)
    expect(response.status).toBe(200)
    return response.body
  }

  // The signed-in customer's checkout of these lines.
  const buy = (items: { variant_id: string; quantity: number }[]) =>
    checkout(request, {
      publishableKey: storefront.publishableKey,
      items,
      customerToken: customer.token,
    })

  async function ledgerOf(orderId: string) {
    return services(getContainer())
      .attribution()
      .listAttributionEntries({ order_id: orderId }, { take: null })
  }

  async function inventoryItemsOf(variantIds: string[]) {
    const { data } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: variantIds },
      })
    return (
      data as { inventory_items?: ({ inventory_item_id: string } | null)[] }[]
    ).flatMap((v) =>
      (v.inventory_items ?? []).flatMap((i) => (i ? [i.inventory_item_id] : []))
    )
  }

  const net = (entries: { kind: string; amount: number }[]) =>
    entries.reduce((s, e) => s + (e.kind === "sale" ? e.amount : -e.amount), 0)

  // What each of the three audiences sees, in fen.
  async function views(orderId: string) {
    const year = new Date().getFullYear()
    const bureau = await get(
      province,
      `/bureau/reports/attribution?group_by=county&grain=year&from=${year}-01-01`
    )
    const bureauHouseholds = await get(
      province,
      `/bureau/reports/attribution?group_by=household&grain=year&from=${year}-01-01`
    )
    const teaDashboard = await get(
      zhaojue,
      "/vendor/attribution?view=household"
    )
    const kiwiDashboard = await get(
      cangxi,
      "/vendor/attribution?view=household"
    )
    const impact = await get(shopper(), `/store/orders/${orderId}/impact`)
    // The home page's counter over the whole platform.
    const platform = await get(shopper(), "/store/impact")
    const byKey = (rows: Row[], key: string) =>
      Object.fromEntries(rows.map((r) => [r[key] as string, r.net]))
    return {
      bureauCounties: byKey(bureau.attribution, "key"),
      bureauTotal: bureau.totals.net as number,
      bureauHouseholds: byKey(bureauHouseholds.attribution, "household_id"),
      dashboards: {
        ...byKey(teaDashboard.households, "household_id"),
        ...byKey(kiwiDashboard.households, "household_id"),
      },
      dashboardTotals: [teaDashboard.totals, kiwiDashboard.totals],
      impact: impact.impact,
      platform: platform.impact,
    }
  }

  // One kiwi (8800 fen) bought by the customer and captured, its ledger
  // written.
  async function capturedKiwi() {
    const { order } = await buy([{ variant_id: kiwiVariant, quantity: 1 }])
    await captureOrderPayment(request, admin, order.id)
    await eventually(async () =>
      expect(net(await ledgerOf(order.id))).toBe(8800)
    )
    return order
  }

  beforeAll(async () => {
    storefront = await prepareStorefront(getContainer())
    admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE, CANGXI])
    zhaojue = await registerCooperative(request, {
      email: "owner@zhaojue.coop",
      name: "昭觉县苦荞合作社",
      handle: "zhaojue",
      county_code: "513431",
      serial: "MA6BQ0001",
    })
    cangxi = await registerCooperative(request, {
      email: "owner@cangxi.coop",
      name: "苍溪县猕猴桃合作社",
      handle: "cangxi",
      county_code: "510824",
      serial: "MA6KW0001",
    })
    province = await createBureauUser(request, admin, {
      email: "reviewer@sichuan.gov",
      name: "四川省商务厅",
      jurisdiction_code: "51",
    })
    liangshan = await createBureauUser(request, admin, {
      email: "reviewer@liangshan.gov",
      name: "凉山州商务局",
      jurisdiction_code: "5134",
    })
    for (const tenant of [zhaojue, cangxi]) {
      await approveCooperative(request, province, tenant)
    }
    for (let i = 0; i < 3; i++) {
      households.push(await addHousehold(request, zhaojue, "513431", i))
    }
    for (let i = 3; i < 5; i++) {
      households.push(await addHousehold(request, cangxi, "510824", i))
    }
    // On the registry: a reviewer verified them (the last test un-verifies
    // one).
    await verifyHouseholds(request, province, households)
    const tea = await createProduct(request, zhaojue, buckwheatTea())
    const kiwiBody = buckwheatTea("red-heart-kiwi")
    kiwiBody.title = "苍溪红心猕猴桃"
    kiwiBody.variants[0].prices = [{ currency_code: "cny", amount: 88 }]
    const kiwi = await createProduct(request, cangxi, kiwiBody)
    teaVariant = tea.variants.find((v) => v.title === "1kg")!.id
    kiwiVariant = kiwi.variants.find((v) => v.title === "1kg")!.id
    // 120 kg of tea: three households and a non-registered supplier.
    teaBatch = await addBatch(request, zhaojue, teaVariant, 120, [
      { household_id: households[0], quantity: 40 },
      { household_id: households[1], quantity: 50 },
      { household_id: households[2], quantity: 20 },
      { supplier_name: "村集体", quantity: 10 },
    ])
    // 20 kg of kiwi, all from two households, bought from them at 10
    // yuan a kilo (what the cooperative owes them for it).
    await addBatch(
      request,
      cangxi,
      kiwiVariant,
      20,
      [
        { household_id: households[3], quantity: 12 },
        { household_id: households[4], quantity: 8 },
      ],
      { purchase_price: 1000 }
    )
    customer = await registerCustomer(
      request,
      storefront.publishableKey,
      "meimei@example.com",
      { first_name: "梅梅", last_name: "韩" }
    )
  })

  it("shows the same fen to the bureau, the cooperatives and the customer, through capture and a partial refund", async () => {
    const { order } = await buy([
      { variant_id: teaVariant, quantity: 2 },
      { variant_id: kiwiVariant, quantity: 1 },
    ])
    // Placed, allocated, not yet captured: nothing attributed.
    const allocated = await services(getContainer())
      .batch()
      .retrieveBatch(teaBatch)
    expect(allocated.allocated_quantity).toBe(2)
    const before = await get(shopper(), `/store/orders/${order.id}/impact`)
    expect(before.impact).toMatchObject({ recognized: false, total: 0 })

    await captureOrderPayment(request, admin, order.id)
    await eventually(async () =>
      expect(net(await ledgerOf(order.id))).toBe(22400)
    )
    // By hand: tea 2 × 68 yuan = 13600 fen over 120 kg: 40/120 → 4533.33,
    // 50/120 → 5666.67, 20/120 → 2266.67, the supplier's 10/120 → 1133.33
    // (the cooperative's); the two leftover fen go to the largest remainders
    // (.67, .67). Kiwi 8800 fen over 20 kg: 12/20 → 5280, 8/20 → 3520.
    const expected = {
      [households[0]]: 4533,
      [households[1]]: 5667,
      [households[2]]: 2267,
      [households[3]]: 5280,
      [households[4]]: 3520,
    }
    const captured = await views(order.id)
    expect(captured.bureauHouseholds).toEqual(expected)
    expect(captured.dashboards).toEqual(expected)
    expect(captured.bureauCounties).toEqual({ "513431": 13600, "510824": 8800 })
    expect(captured.bureauTotal).toBe(22400)
    expect(captured.dashboardTotals).toEqual([
      {
        net: 13600,
        to_households: 12467,
        to_unverified_suppliers: 0,
        cooperative_remainder: 1133,
      },
      {
        net: 8800,
        to_households: 8800,
        to_unverified_suppliers: 0,
        cooperative_remainder: 0,
      },
    ])
    expect(captured.impact).toMatchObject({
      recognized: true,
      households: 5,
      to_households: 21267,
      to_unverified_suppliers: 0,
      to_cooperatives: 1133,
      total: 22400,
    })
    expect(
      captured.impact.counties.map(
        (c: { county_code: string; households: number; amount: number }) => [
          c.county_code,
          c.households,
          c.amount,
        ]
      )
    ).toEqual([
      ["513431", 3, 12467],
      ["510824", 2, 8800],
    ])
    // What the kiwi's households were paid for it: nothing yet of 20,000.
    expect(captured.impact.batch_payments).toEqual({
      households: 2,
      owed: 20000,
      paid: 0,
      confirmed: 0,
    })
    // Cangxi pays the first household in full and it confirms on its slip:
    // the receipt follows, in sums only.
    const agreement = await request()
      .post("/vendor/agreements")
      .set(cangxi.headers)
      .send({
        kind: "purchase",
        household_id: households[3],
        starts_on: "2026-01-01",
        floor_price: 1000,
        unit: "kg",
      })
    expect(agreement.status).toBe(201)
    const payout = await request()
      .post("/vendor/payouts")
      .set(cangxi.headers)
      .send({
        agreement_id: agreement.body.agreement.id,
        amount: 12000,
        paid_on: "2026-10-01",
        method: "wechat_pay",
        reference: "KIWI-001",
      })
    expect(payout.status).toBe(201)
    const slip = await request()
      .post(`/vendor/payouts/${payout.body.payout.id}/slip`)
      .set(cangxi.headers)
      .send({ carrier: "self" })
    const answered = await request()
      .post(`/store/payout-slips/${slip.body.slip.url.split("/p/")[1]}`)
      .set(store())
      .send({ outcome: "confirmed" })
    expect(answered.status).toBe(201)
    const paid = await get(shopper(), `/store/orders/${order.id}/impact`)
    expect(paid.impact.batch_payments).toEqual({
      households: 2,
      owed: 20000,
      paid: 12000,
      confirmed: 12000,
    })
    // No identities in the receipt.
    expect(JSON.stringify(paid.impact)).not.toMatch(/hh_|户主/)

    // Liangshan sees Zhaojue only; Cangxi is not its business.
    const scoped = await get(
      liangshan,
      `/bureau/reports/attribution?group_by=county&grain=year&from=${new Date().getFullYear()}-01-01`
    )
    expect(scoped.attribution.map((r: Row) => [r.key, r.net])).toEqual([
      ["513431", 13600],
    ])
    await request()
      .get("/bureau/reports/attribution?county_code=510824")
      .set(liangshan.headers)
      .expect(404)

    // A refund of 50 of the 234 yuan captured takes back 50/234 of the
    // 22400 fen of goods: 4786 fen (4786.32 rounded).
    await refundOrderPayment(request, admin, order.id, 50)
    await eventually(async () =>
      expect(net(await ledgerOf(order.id))).toBe(22400 - 4786)
    )
    const refunded = await views(order.id)
    const moved = (a: Record<string, number>, b: Record<string, number>) =>
      Object.fromEntries(Object.keys(a).map((k) => [k, a[k] - (b[k] ?? 0)]))
    const householdDelta = moved(
      captured.bureauHouseholds,
      refunded.bureauHouseholds
    )
    expect(moved(captured.dashboards, refunded.dashboards)).toEqual(
      householdDelta
    )
    const countyDelta = moved(captured.bureauCounties, refunded.bureauCounties)
    expect(countyDelta["513431"] + countyDelta["510824"]).toBe(4786)
    expect(captured.bureauTotal - refunded.bureauTotal).toBe(4786)
    const impactDelta =
      captured.impact.to_households - refunded.impact.to_households
    expect(impactDelta).toBe(
      Object.values(householdDelta).reduce((s, v) => s + v, 0)
    )
    expect(captured.impact.total - refunded.impact.total).toBe(4786)
    // The platform's counter moves by exactly the same fen.
    expect(captured.platform.total - refunded.platform.total).toBe(4786)
    expect(
      captured.platform.to_households - refunded.platform.to_households
    ).toBe(impactDelta)
    expect(captured.platform.households).toBeGreaterThanOrEqual(5)
    expect(captured.platform.counties).toBeGreaterThanOrEqual(2)
    expect(captured.platform.cooperatives).toBeGreaterThanOrEqual(2)
    // Each household gives back its share of the refund, within a fen.
    for (const [household, sale] of Object.entries(expected)) {
      expect(
        Math.abs(householdDelta[household] - (sale * 4786) / 22400)
      ).toBeLessThan(1)
    }

    const reconciliation = await request()
      .post("/admin/attribution/reconciliation")
      .set(admin.headers)
      .send({})
    expect(reconciliation.status).toBe(201)
    expect(reconciliation.body.run.orders_checked).toBeGreaterThanOrEqual(1)
    expect(reconciliation.body.differences).toEqual([])
    const bureauView = await get(province, "/bureau/reconciliation")
    expect(bureauView.run.id).toBe(reconciliation.body.run.id)
    expect(bureauView.differences).toEqual([])

    // A fen that does not belong, and one of an order that does not exist:
    // reconciliation finds both and shows them.
    const [sample] = await ledgerOf(order.id)
    await services(getContainer())
      .attribution()
      .recordEntries([
        {
          ...sample,
          amount: 1,
          kind: "sale",
          source_event_id: "rogue:1",
          occurred_at: new Date(),
        },
        {
          ...sample,
          order_id: "order_that_never_was",
          amount: 1,
          kind: "sale",
          source_event_id: "rogue:2",
          occurred_at: new Date(),
        },
      ])
    const rerun = await request()
      .post("/admin/attribution/reconciliation")
      .set(admin.headers)
      .send({})
    expect(rerun.body.differences).toEqual([
      expect.objectContaining({
        order_id: order.id,
        expected: 22400 - 4786,
        actual: 22400 - 4786 + 1,
        difference: 1,
      }),
      expect.objectContaining({
        order_id: "order_that_never_was",
        expected: 0,
        actual: 1,
        difference: 1,
      }),
    ])
    const seen = await get(province, "/bureau/reconciliation")
    expect(
      seen.differences.map((d: { order_id: string }) => d.order_id)
    ).toEqual([order.id, "order_that_never_was"])
  })

  it("keeps a rejected supplier's share out of every household figure, as 'unverified suppliers', until a reviewer verifies it", async () => {
    // The registry does not hold households[4] after all.
    await verifyHouseholds(request, province, [households[4]], "rejected")
    const order = await capturedKiwi()
    // Kiwi 8800 fen over 20 kg: households[3] 12/20 → 5280, households[4]
    // (rejected) 8/20 → 3520.
    const rejected = await views(order.id)
    expect(rejected.impact).toMatchObject({
      households: 1,
      to_households: 5280,
      to_unverified_suppliers: 3520,
      to_cooperatives: 0,
      total: 8800,
    })
    expect(rejected.platform).toMatchObject({
      to_households: 5280,
      to_unverified_suppliers: 3520,
      households: 1,
      total: 8800,
    })
    expect(rejected.bureauHouseholds).toEqual({ [households[3]]: 5280 })
    expect(rejected.bureauCounties).toEqual({ "510824": 8800 })
    // The cooperative still lists its member, and counts its share apart.
    expect(rejected.dashboards).toEqual({
      [households[3]]: 5280,
      [households[4]]: 3520,
    })
    expect(rejected.dashboardTotals[1]).toEqual({
      net: 8800,
      to_households: 5280,
      to_unverified_suppliers: 3520,
      cooperative_remainder: 0,
    })

    // Verified: the same ledger, now counted as the household's.
    await verifyHouseholds(request, province, [households[4]])
    const verified = await views(order.id)
    expect(verified.impact).toMatchObject({
      households: 2,
      to_households: 8800,
      to_unverified_suppliers: 0,
      total: 8800,
    })
    expect(verified.platform).toMatchObject({
      to_households: 8800,
      to_unverified_suppliers: 0,
      households: 2,
    })
    expect(verified.bureauHouseholds).toEqual({
      [households[3]]: 5280,
      [households[4]]: 3520,
    })
    expect(net(await ledgerOf(order.id))).toBe(8800)
  })

  it("shows a customer's order and its impact receipt to nobody else", async () => {
    const { order } = await buy([{ variant_id: kiwiVariant, quantity: 1 }])
    const stranger = await registerCustomer(
      request,
      storefront.publishableKey,
      "stranger@example.com"
    )
    const status = async (headers: Record<string, string>, path: string) =>
      (await request().get(path).set(headers)).status
    const asStranger = { ...stranger.headers, ...store() }
    for (const path of [
      `/store/orders/${order.id}`,
      `/store/orders/${order.id}/impact`,
    ]) {
      expect({ path, owner: await status(shopper().headers, path) }).toEqual({
        path,
        owner: 200,
      })
      expect({ path, stranger: await status(asStranger, path) }).toEqual({
        path,
        stranger: 404,
      })
    }
    // Without a login: the order is as unknown as any other id.
    expect(await status(store(), `/store/orders/${order.id}`)).toBe(404)
    expect(await status(store(), `/store/orders/${order.id}/impact`)).toBe(401)

    // A guest's order is readable by the browser that placed it (its
    // confirmation page), with the token its completion gave; by its id
    // alone, or with another order's token, it is as unknown as any other.
    const guest = await checkout(request, {
      publishableKey: storefront.publishableKey,
      items: [{ variant_id: kiwiVariant, quantity: 1 }],
    })
    const path = `/store/orders/${guest.order.id}`
    const withToken = (token: string) => ({
      ...store(),
      "x-order-access-token": token,
    })
    expect(await status(withToken(guest.order_access_token), path)).toBe(200)
    expect(await status(store(), path)).toBe(404)
    expect(await status(asStranger, path)).toBe(404)
    const other = await checkout(request, {
      publishableKey: storefront.publishableKey,
      items: [{ variant_id: kiwiVariant, quantity: 1 }],
    })
    expect(await status(withToken(other.order_access_token), path)).toBe(404)
    const [expires, mac] = guest.order_access_token.split(".")
    expect(await status(withToken(`${Number(expires) + 1}.${mac}`), path)).toBe(
      404
    )
  })

  it("writes a capture delivered five times at once only once", async () => {
    const { order } = await buy([{ variant_id: teaVariant, quantity: 3 }])
    await captureOrderPayment(request, admin, order.id)
    await Promise.all(
      Array.from({ length: 5 }, () =>
        attributeOrderPaymentsWorkflow(getContainer()).run({
          input: { order_id: order.id },
        })
      )
    )
    await eventually(async () =>
      expect(net(await ledgerOf(order.id))).toBe(3 * 6800)
    )
    const entries = await ledgerOf(order.id)
    // Three households and the cooperative: four entries, once each.
    expect(entries).toHaveLength(4)
    expect(new Set(entries.map((e) => e.source_event_id)).size).toBe(1)
  })

  it("writes nothing for a cancel before capture and gives the units back", async () => {
    const batch = services(getContainer()).batch()
    const held = (await batch.retrieveBatch(teaBatch)).allocated_quantity
    const { order } = await buy([{ variant_id: teaVariant, quantity: 4 }])
    expect((await batch.retrieveBatch(teaBatch)).allocated_quantity).toBe(
      held + 4
    )
    await cancelOrder(request, admin, order.id)
    await eventually(async () =>
      expect((await batch.retrieveBatch(teaBatch)).allocated_quantity).toBe(
        held
      )
    )
    expect(await ledgerOf(order.id)).toEqual([])
  })

  it("reverses everything when a captured order is canceled", async () => {
    const order = await capturedKiwi()
    await cancelOrder(request, admin, order.id)
    await eventually(async () => {
      const entries = await ledgerOf(order.id)
      expect(entries.some((e) => e.kind === "refund")).toBe(true)
      expect(net(entries)).toBe(0)
    })
  })

  it("sells the last 10 units of a batch to exactly 10 of 20 concurrent buyers", async () => {
    const body = buckwheatTea("last-units")
    body.title = "最后十袋"
    const product = await createProduct(request, zhaojue, body)
    const variant = product.variants[0].id
    const batchId = await addBatch(request, zhaojue, variant, 10, [
      { household_id: households[0], quantity: 10 },
    ])
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        checkout(request, {
          publishableKey: storefront.publishableKey,
          items: [{ variant_id: variant, quantity: 1 }],
        })
      )
    )
    const placed = results.filter((r) => r.status === "fulfilled")
    expect(placed).toHaveLength(10)
    // The allocation: the batch module's records, one per order line.
    const records = await services(getContainer())
      .batch()
      .listBatchAllocations({ batch_id: batchId, released_at: null })
    expect(new Set(records.map((r) => r.line_item_id)).size).toBe(10)
    expect(records.reduce((s, r) => s + Number(r.quantity), 0)).toBe(10)
    expect(
      (await services(getContainer()).batch().retrieveBatch(batchId))
        .allocated_quantity
    ).toBe(10)
    // Search follows: sold out, then in stock again after a cancel. (An
    // order rebuilds a product's document only when this flag moves.)
    const inStock = async () => {
      const found = await request()
        .get(`/store/search?q=${encodeURIComponent("最后十袋")}`)
        .set(store())
      expect(found.status).toBe(200)
      const hit = found.body.hits.find(
        (h: { id: string }) => h.id === product.id
      )
      expect(hit).toBeDefined()
      return hit.in_stock as boolean
    }
    await eventually(async () => expect(await inStock()).toBe(false))
    const first = placed[0] as PromiseFulfilledResult<{
      order: { id: string }
    }>
    await cancelOrder(request, admin, first.value.order.id)
    await eventually(async () => expect(await inStock()).toBe(true))
  })

  it("lets each cooperative see and ship only its own lines of a shared order", async () => {
    const { order } = await buy([
      { variant_id: teaVariant, quantity: 1 },
      { variant_id: kiwiVariant, quantity: 1 },
    ])
    const teaView = await get(zhaojue, `/vendor/orders/${order.id}`)
    const kiwiView = await get(cangxi, `/vendor/orders/${order.id}`)
    expect(
      teaView.order.items.map((i: { variant_id: string }) => i.variant_id)
    ).toEqual([teaVariant])
    expect(
      kiwiView.order.items.map((i: { variant_id: string }) => i.variant_id)
    ).toEqual([kiwiVariant])
    const kiwiLine = kiwiView.order.items[0].id
    // Zhaojue may not ship Cangxi's line.
    await request()
      .post(`/vendor/orders/${order.id}/fulfillments`)
      .set(zhaojue.headers)
      .send({ items: [{ id: kiwiLine, quantity: 1 }], carrier: "self" })
      .expect(404)
    const shipped = await request()
      .post(`/vendor/orders/${order.id}/fulfillments`)
      .set(zhaojue.headers)
      .send({ carrier: "sf", tracking_number: "SF1234567890" })
    expect(shipped.status).toBe(201)
    expect(shipped.body.order.items).toEqual([
      expect.objectContaining({
        variant_id: teaVariant,
        quantity: 1,
        fulfilled_quantity: 1,
      }),
    ])
    // Statuses in a vendor's view are of its own lines.
    expect(shipped.body.order.shipping_status).toBe("shipped")
    const waiting = await get(cangxi, `/vendor/orders/${order.id}`)
    expect(waiting.order.shipping_status).toBe("awaiting_shipment")
    expect(waiting.order.payment_status).toBe("authorized")
    const again = await request()
      .post(`/vendor/orders/${order.id}/fulfillments`)
      .set(zhaojue.headers)
      .send({ carrier: "sf", tracking_number: "SF1234567890" })
    expect(again.status).toBe(400)
    const done = await request()
      .post(`/vendor/orders/${order.id}/fulfillments`)
      .set(cangxi.headers)
      .send({ carrier: "self" })
    expect(done.status).toBe(201)
    expect(done.body.order.shipping_status).toBe("shipped")
  })

  // The order.placed subscriber runs a workflow only when a one-statement
  // read shows work for it: after a shop checkout nothing but the links and
  // the placement; for an order placed from an operator's draft order (no
  // checkout allocated it) the allocation too. Both must end as a shop
  // order ends, and the reads must keep seeing the current order version
  // after a refund makes a new one.
  it("links and allocates an order placed from a draft order as a shop order, and the subscriber's reads see each step", async () => {
    const container = getContainer()
    const batch = services(container).batch()
    const held = (await batch.retrieveBatch(teaBatch)).allocated_quantity
    const draft = await request()
      .post("/admin/draft-orders")
      .set(admin.headers)
      .send({
        email: "canteen@example.com",
        region_id: storefront.regionId,
        sales_channel_id: storefront.salesChannelId,
        items: [{ variant_id: teaVariant, quantity: 2 }],
      })
    expect(draft.status).toBe(200)
    const placed = await request()
      .post(`/admin/draft-orders/${draft.body.draft_order.id}/convert-to-order`)
      .set(admin.headers)
    expect(placed.status).toBe(200)
    const draftOrder = placed.body.order.id as string
    await eventually(async () => {
      expect((await batch.retrieveBatch(teaBatch)).allocated_quantity).toBe(
        held + 2
      )
      expect(await unlinkedOrderCooperatives(container, draftOrder)).toEqual([])
    })
    expect(await unallocatedOrderLines(container, draftOrder)).toEqual([])
    expect(await orderMoneyMoved(container, draftOrder)).toBe(false)
    await get(zhaojue, `/vendor/orders/${draftOrder}`)
    await request()
      .get(`/vendor/orders/${draftOrder}`)
      .set(cangxi.headers)
      .expect(404)

    // A shop order of two cooperatives: allocated by checkout, linked by
    // the subscriber, nothing moved until the capture; a partial refund
    // (a new order version) leaves every line allocated and linked.
    const { order } = await buy([
      { variant_id: teaVariant, quantity: 1 },
      { variant_id: kiwiVariant, quantity: 1 },
    ])
    expect(await unallocatedOrderLines(container, order.id)).toEqual([])
    await eventually(async () =>
      expect(await unlinkedOrderCooperatives(container, order.id)).toEqual([])
    )
    expect(await orderMoneyMoved(container, order.id)).toBe(false)
    const products = await orderProductIds(container, [order.id])
    expect(products).toHaveLength(2)
    // The stock levels checkout reserved on lead to the same products.
    const { data: levels } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "inventory_level",
        fields: ["id"],
        filters: {
          inventory_item_id: await inventoryItemsOf([teaVariant, kiwiVariant]),
        },
      })
    expect(
      await stockLevelProductIds(
        container,
        levels.map((l) => l.id as string)
      )
    ).toEqual(products)
    await captureOrderPayment(request, admin, order.id)
    expect(await orderMoneyMoved(container, order.id)).toBe(true)
    await eventually(async () =>
      expect(net(await ledgerOf(order.id))).toBe(6800 + 8800)
    )
    await refundOrderPayment(request, admin, order.id, 50)
    await eventually(async () =>
      expect(net(await ledgerOf(order.id))).toBeLessThan(6800 + 8800)
    )
    expect(await unallocatedOrderLines(container, order.id)).toEqual([])
    expect(await unlinkedOrderCooperatives(container, order.id)).toEqual([])
  })

  it("exports a report as CSV with the same rows as its JSON, and names a bad field", async () => {
    const year = new Date().getFullYear()
    const path = `/bureau/reports/attribution?group_by=household&grain=year&from=${year}-01-01`
    const json = await get(province, path)
    const csv = await request()
      .get(`${path}&format=csv&layout=machine`)
      .set(province.headers)
      .buffer(true)
      .parse((res, done) => {
        let text = ""
        res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")))
        res.on("end", () => done(null, text))
      })
    expect(csv.status).toBe(200)
    expect(csv.headers["content-type"]).toMatch(/text\/csv/)
    const lines = (csv.body as string)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n")
    expect(lines[0]).toMatch(/^period,household,household_id,registry_number/)
    expect(lines).toHaveLength(json.count + 1)
    expect(csv.body).not.toMatch(/户主\d/)
    const bad = await request()
      .get("/bureau/reports/attribution?grain=week")
      .set(province.headers)
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/grain/)
  })
})
