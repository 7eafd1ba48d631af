import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { BaseStore } from "../../../../seed/src/base-store"
import { DEMO_LOGINS, ownerEmail } from "../../../../seed/src/demo/accounts"
import { DEMO_COOPERATIVES } from "../../../../seed/src/demo/data/catalog"
import { findLedgerDifferences } from "../../../../backend/src/workflows/attribution/utils/reconcile"
import { LINKAGE_MODULE } from "../../../../backend/src/modules/linkage"
import type LinkageModuleService from "../../../../backend/src/modules/linkage/service"
import { townshipsOf } from "../../../../backend/src/lib/divisions"
import { loginAs, operator } from "../../../helpers/actors"
import { adminOrder } from "../../../helpers/checkout"
import { seedDemoMarketplace } from "../../../helpers/demo"
import { describeHttp } from "../../../helpers/medusa-app"

jest.setTimeout(300 * 1000)

// Enough historical orders for every fate: captured, partly and wholly
// refunded (orders 7, 10, 11), canceled before capture (23); the demo
// customer's are 0, 10 and 20.
const ORDERS = 24

const COUNTS = `select
  (select count(*) from county)::int as counties,
  (select count(*) from cooperative where status = 'approved')::int as approved,
  (select count(*) from household)::int as households,
  (select count(*) from product where status = 'published')::int as products,
  (select count(*) from batch)::int as batches,
  (select count(*) from batch_contribution)::int as contributions,
  (select count(*) from trace_event)::int as trace_events,
  (select count(*) from audit_entry)::int as audit_entries,
  (select coalesce(sum(stocked_quantity), 0)::int from inventory_level) as stock,
  (select coalesce(sum(stock_quantity), 0)::int from batch) as traced_stock,
  (select count(*) from "order")::int as orders,
  (select count(*) from attribution_entry)::int as ledger_entries,
  (select count(*) from linkage_agreement)::int as agreements,
  (select count(*) from linkage_obligation)::int as obligations,
  (select count(*) from linkage_payout)::int as payouts,
  (select count(*) from linkage_settlement)::int as settlements,
  (select count(*) from linkage_confirmation_token)::int as slips,
  (select count(*) from linkage_payout_response
    where outcome <> 'confirmed')::int as disputes`

describeHttp("demo seed", ({ request, getContainer }) => {
  let base: BaseStore
  let first: Record<string, number>

  const counts = async () => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    return (await knex.raw(COUNTS)).rows[0] as Record<string, number>
  }

  beforeAll(async () => {
    base = await seedDemoMarketplace(getContainer(), { orders: ORDERS })
    first = await counts()
  })

  it("creates a whole marketplace through the workflows", () => {
    expect(first).toEqual(
      expect.objectContaining({
        counties: 13,
        approved: DEMO_COOPERATIVES.length,
        households: 42,
        products: 42,
        batches: 84,
        trace_events: 84 * 3,
        orders: ORDERS,
      })
    )
    // Stock is exactly what the batches traced.
    expect(first.stock).toBe(first.traced_stock)
    // Benefit linkage: agreements, what the batches' purchase prices owe,
    // payments settling it, slips answered, two disputes.
    expect(first.agreements).toBeGreaterThan(0)
    expect(first.obligations).toBeGreaterThanOrEqual(first.contributions - 84)
    expect(first.payouts).toBeGreaterThan(first.obligations / 2)
    expect(first.settlements).toBeGreaterThanOrEqual(first.payouts)
    expect(first.slips).toBeGreaterThan(0)
    expect(first.disputes).toBe(2)
    expect(first.contributions).toBeGreaterThanOrEqual(84 * 3)
  })

  // As a reviewer from Sichuan would look at it.
  it("places households in real townships of their own county, harvests in season, and one inspection body per inspection", async () => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const households: { county_code: string; township: string }[] = (
      await knex.raw(`select county_code, township from household`)
    ).rows
    expect(households.length).toBeGreaterThan(0)
    for (const h of households) {
      expect([h.county_code, townshipsOf(h.county_code)]).toEqual([
        h.county_code,
        expect.arrayContaining([h.township]),
      ])
    }
    const kiwi: { month: number }[] = (
      await knex.raw(
        `select extract(month from b.harvested_at at time zone 'Asia/Shanghai')::int as month
           from batch b
           join product_product_variant_batch_batch l on l.batch_id = b.id
           join product_variant v on v.id = l.product_variant_id
           join product p on p.id = v.product_id
          where p.handle = 'cangxi-red-heart-kiwifruit'`
      )
    ).rows
    expect(kiwi.length).toBe(2)
    for (const { month } of kiwi) expect([9, 10]).toContain(month)
    // The inspection record's body is where the "inspected" event happened.
    const inspections: { agency: string; place: string }[] = (
      await knex.raw(
        `select b.inspection->>'agency' as agency, e.place
           from batch b join trace_event e
             on e.batch_id = b.id and e.type = 'inspected'`
      )
    ).rows
    expect(inspections.length).toBeGreaterThan(0)
    for (const { agency, place } of inspections) {
      expect(place).toContain(agency)
    }
    // A batch comes from the village of a household that supplied it.
    const origins: { village: string; suppliers: string[] }[] = (
      await knex.raw(
        `select b.village,
                array_agg(h.township || h.village) as suppliers
           from batch b
           join batch_contribution c on c.batch_id = b.id
           join household h on h.id = c.household_id
          group by b.id, b.village`
      )
    ).rows
    for (const { village, suppliers } of origins) {
      expect(suppliers).toContain(village)
    }
  })

  it("adds and changes nothing when run again", async () => {
    await seedDemoMarketplace(getContainer(), { orders: ORDERS })
    expect(await counts()).toEqual(first)
  })

  it("lists the products in CNY with provenance in the store API", async () => {
    const store = { "x-publishable-api-key": base.publishableKey }
    const listed = await request()
      .get(
        `/store/products?limit=50&region_id=${base.regionId}&fields=id,title,handle,*variants.calculated_price`
      )
      .set(store)
    expect(listed.status).toBe(200)
    expect(listed.body.count).toBe(42)
    for (const product of listed.body.products) {
      for (const variant of product.variants) {
        expect(variant.calculated_price.currency_code).toBe("cny")
        expect(variant.calculated_price.calculated_amount).toBeGreaterThan(0)
      }
    }
    const kiwi = listed.body.products.find(
      (p: { handle: string }) => p.handle === "cangxi-red-heart-kiwifruit"
    )
    const provenance = await request()
      .get(`/store/products/${kiwi.id}/provenance`)
      .set(store)
    expect(provenance.body.provenance.county.code).toBe("510824")
    expect(provenance.body.provenance.registered_households).toBeGreaterThan(0)
    expect(provenance.body.provenance.batches).toHaveLength(2)
  })

  it("gives working demo logins scoped to their tenants", async () => {
    const coop = await loginAs(
      request,
      "cooperative_user",
      ownerEmail("zhaojue-buckwheat")
    )
    const me = await request().get("/vendor/me").set(coop.headers)
    expect(me.body.cooperative).toEqual(
      expect.objectContaining({
        handle: "zhaojue-buckwheat",
        status: "approved",
      })
    )
    expect(
      (await request().get("/vendor/households").set(coop.headers)).body.count
    ).toBe(3)
    const county = await loginAs(
      request,
      "bureau_user",
      DEMO_LOGINS.countyReviewer.email
    )
    const households = await request()
      .get("/bureau/households?limit=100")
      .set(county.headers)
    expect(households.body.count).toBe(3)
    expect(
      households.body.households.every(
        (h: { county_code: string }) => h.county_code === "513431"
      )
    ).toBe(true)
    const prefecture = await loginAs(
      request,
      "bureau_user",
      DEMO_LOGINS.prefectureReviewer.email
    )
    const cooperatives = await request()
      .get("/bureau/cooperatives?limit=50")
      .set(prefecture.headers)
    expect(cooperatives.body.count).toBe(
      DEMO_COOPERATIVES.filter((c) => c.county_code.startsWith("5134")).length
    )
    await expect(
      loginAs(request, "customer", DEMO_LOGINS.customer.email)
    ).resolves.toBeDefined()
  })

  it("owes, pays and reports the benefit linkage: some late, one below the floor, the ledger whole", async () => {
    const province = await loginAs(
      request,
      "bureau_user",
      DEMO_LOGINS.provinceReviewer.email
    )
    const late = await request()
      .get("/bureau/reports/late-payments?limit=1")
      .set(province.headers)
    expect(late.status).toBe(200)
    expect(late.body.count).toBeGreaterThan(0)
    const floor = await request()
      .get("/bureau/reports/floor-compliance")
      .set(province.headers)
    expect(floor.body.count).toBe(1)
    expect(floor.body["floor-compliance"][0].floor_shortfall).toBeGreaterThan(0)
    const benefit = await request()
      .get(`/bureau/reports/benefit?year=${new Date().getFullYear()}`)
      .set(province.headers)
    const rows = benefit.body.cooperatives as Record<string, number>[]
    expect(rows.reduce((sum, r) => sum + r.paid, 0)).toBeGreaterThan(0)
    // Per cooperative, confirmed + disputed + unconfirmed = paid.
    for (const r of rows) {
      expect(r.confirmed + r.disputed + r.unconfirmed).toBe(r.paid)
    }
    const consistency = await getContainer()
      .resolve<LinkageModuleService>(LINKAGE_MODULE)
      .consistency()
    for (const list of Object.values(consistency)) expect(list).toEqual([])
  })

  it("places historical orders whose ledger reconciles and reaches the reports", async () => {
    expect(first.ledger_entries).toBeGreaterThan(0)
    const { orders_checked, differences } =
      await findLedgerDifferences(getContainer())
    expect(orders_checked).toBe(ORDERS)
    expect(differences).toEqual([])
    const prefecture = await loginAs(
      request,
      "bureau_user",
      DEMO_LOGINS.prefectureReviewer.email
    )
    const report = await request()
      .get(
        "/bureau/reports/attribution?group_by=county&grain=year&from=2025-01-01"
      )
      .set(prefecture.headers)
    expect(report.status).toBe(200)
    const { data: orders } = await getContainer()
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order", fields: ["created_at"] })
    // Spread over the past months, none in the future.
    const dates = orders.map((o) => new Date(o.created_at as string).getTime())
    expect(Math.max(...dates)).toBeLessThanOrEqual(Date.now())
    expect(Math.max(...dates) - Math.min(...dates)).toBeGreaterThan(
      30 * 24 * 3600e3
    )
    // Liangshan has most of the demo's cooperatives: its money is not zero.
    expect(report.body.totals.net).toBeGreaterThan(0)
  })
  it("writes historical orders Medusa reads as a checkout's: totals, payments, refunds, a cancel, the customer's receipts", async () => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw(`select id from "order" order by id`)
    const admin = await operator(getContainer(), request)
    const statuses: string[] = []
    for (const { id } of rows as { id: string }[]) {
      const order = await adminOrder(
        request,
        admin,
        id,
        [
          "id",
          "status",
          "version",
          "payment_status",
          "summary",
          "*items",
          "*shipping_methods",
          "*payment_collections.payments",
          "*payment_collections.payments.captures",
          "*payment_collections.payments.refunds",
        ].join(",")
      )
      const fen = (yuan: unknown) => Math.round(Number(yuan) * 100)
      const goods = (order.items ?? []).reduce(
        (sum, i) => sum + fen(i.unit_price) * Number(i.quantity),
        0
      )
      const shipping = (order.shipping_methods ?? []).reduce(
        (sum, m) => sum + fen(m.amount),
        0
      )
      const payment = order.payment_collections?.[0]?.payments?.[0]
      const captured = (payment?.captures ?? []).reduce(
        (sum, c) => sum + fen(c.amount),
        0
      )
      const refunded = (payment?.refunds ?? []).reduce(
        (sum, r) => sum + fen(r.amount),
        0
      )
      const ledger = Number(
        (
          await knex.raw(
            `select coalesce(sum(case when kind = 'sale' then amount else -amount end), 0)::int as net
               from attribution_entry where order_id = ?`,
            [id]
          )
        ).rows[0].net
      )
      statuses.push(order.payment_status)
      if (order.status === "canceled") {
        // Canceled before capture: nothing taken, nothing attributed.
        expect(order.payment_status).toBe("canceled")
        expect(payment?.canceled_at).toBeTruthy()
        expect(captured).toBe(0)
        expect(ledger).toBe(0)
        continue
      }
      expect(order.status).toBe("pending")
      // The goods and the shipping, all captured; a refund is a credit
      // line in the order's second version, after which nothing is owed.
      expect(captured).toBe(goods + shipping)
      expect(order.version).toBe(refunded ? 2 : 1)
      expect(fen(order.summary?.pending_difference)).toBe(0)
      expect(order.payment_status).toBe(
        !refunded
          ? "captured"
          : refunded === captured
            ? "refunded"
            : "partially_refunded"
      )
      expect(ledger).toBe(
        refunded === captured
          ? 0
          : goods - Math.round((goods * refunded) / captured)
      )
    }
    expect(new Set(statuses)).toEqual(
      new Set(["captured", "partially_refunded", "refunded", "canceled"])
    )

    const customer = await loginAs(
      request,
      "customer",
      DEMO_LOGINS.customer.email
    )
    const headers = {
      ...customer.headers,
      "x-publishable-api-key": base.publishableKey,
    }
    const mine = await request().get("/store/orders").set(headers)
    expect(mine.status).toBe(200)
    expect(mine.body.orders).toHaveLength(3)
    const receipt = await request()
      .get(`/store/orders/${mine.body.orders[0].id}/impact`)
      .set(headers)
    expect(receipt.status).toBe(200)
    expect(receipt.body.impact.recognized).toBe(true)
  })
})
