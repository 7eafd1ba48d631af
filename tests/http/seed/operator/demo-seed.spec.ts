import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type BaseStore, seedBaseStore } from "../../../../seed/src/base-store"
import { DEMO_LOGINS, ownerEmail } from "../../../../seed/src/demo/accounts"
import { DEMO_COOPERATIVES } from "../../../../seed/src/demo/data/catalog"
import { seedDemo } from "../../../../seed/src/demo/seed-demo"
import { findLedgerDifferences } from "../../../../backend/src/lib/attribution/reconcile"
import { decryptPersonalData } from "../../../../backend/src/lib/provenance/personal-data"
import { isValidIdNumber } from "../../../../backend/src/lib/provenance/id-number"
import { personalDataKeys } from "../../../../backend/src/lib/provenance/household-identity"
import { scaleOptionsFrom } from "../../../../seed/src/scale/options"
import { seedScale, type ScaleSummary } from "../../../../seed/src/scale/run"
import { loginAs, operator, TEST_PASSWORD } from "../../../helpers/actors"
import { adminOrder } from "../../../helpers/checkout"
import { describeHttp } from "../../../helpers/medusa-app"

jest.setTimeout(300 * 1000)

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
  (select count(*) from attribution_entry)::int as ledger_entries`

describeHttp("demo seed", ({ request, getContainer }) => {
  let base: BaseStore
  let first: Record<string, number>

  const counts = async () => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    return (await knex.raw(COUNTS)).rows[0] as Record<string, number>
  }

  beforeAll(async () => {
    base = await seedBaseStore(getContainer())
    // 3 households per cooperative keeps the file fast; the code is the demo's.
    await seedDemo(getContainer(), {
      password: TEST_PASSWORD,
      households: 42,
      now: Date.parse("2026-11-01"),
      store: base,
      orders: 12,
    })
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
        orders: 12,
      })
    )
    // Stock is exactly what the batches traced.
    expect(first.stock).toBe(first.traced_stock)
    expect(first.contributions).toBeGreaterThanOrEqual(84 * 3)
  })

  it("adds and changes nothing when run again", async () => {
    await seedBaseStore(getContainer())
    await seedDemo(getContainer(), {
      password: TEST_PASSWORD,
      households: 42,
      now: Date.parse("2026-11-01"),
      store: base,
      orders: 12,
    })
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

  it("places historical orders whose ledger reconciles and reaches the reports", async () => {
    expect(first.ledger_entries).toBeGreaterThan(0)
    const { orders_checked, differences } =
      await findLedgerDifferences(getContainer())
    expect(orders_checked).toBe(12)
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

  describe("seed:scale (small sizes, same code as the benchmark sizes)", () => {
    const SCALE = {
      households: 240,
      products: 80,
      ledgerRows: 1500,
      productsPerCooperative: 40,
      now: Date.parse("2026-11-01"),
    }
    const SYNTHETIC_COUNTS = `select
      (select count(*) from cooperative where handle like 'synthetic-coop-%')::int as cooperatives,
      (select count(*) from household where registry_number like 'SYN-%')::int as households,
      (select count(*) from product where handle like 'synthetic-product-%')::int as products,
      (select count(*) from batch b join product_product_variant_batch_batch l on l.batch_id = b.id
         join product_variant v on v.id = l.product_variant_id
         join product p on p.id = v.product_id
        where p.handle like 'synthetic-product-%')::int as batches,
      (select count(*) from "order" where email like '%@synthetic.invalid')::int as orders,
      (select count(*) from attribution_entry e join "order" o on o.id = e.order_id
        where o.email like '%@synthetic.invalid')::int as ledger_rows,
      (select count(*) from cooperative_cooperative_household_household)::int as memberships`
    let summary: ScaleSummary
    let created: Record<string, number>

    const syntheticCounts = async () => {
      const knex = getContainer().resolve(
        ContainerRegistrationKeys.PG_CONNECTION
      )
      return (await knex.raw(SYNTHETIC_COUNTS)).rows[0] as Record<
        string,
        number
      >
    }

    beforeAll(async () => {
      summary = await seedScale(getContainer(), SCALE, TEST_PASSWORD)
      created = await syntheticCounts()
    })

    it("creates the sizes asked for, marked synthetic, and reconciles", () => {
      expect(created).toEqual(
        expect.objectContaining({
          cooperatives: 2,
          households: 240,
          products: 80,
          batches: 80,
        })
      )
      expect(created.ledger_rows).toBeGreaterThanOrEqual(1500)
      expect(created.orders).toBe(summary.orders_added)
      // The demo's orders and the synthetic ones, all checked.
      expect(summary.reconciliation).toEqual(
        expect.objectContaining({
          orders_checked: created.orders + 12,
          differences: 0,
        })
      )
    })

    it("writes orders Medusa reads like any other: totals, payments, refunds", async () => {
      const knex = getContainer().resolve(
        ContainerRegistrationKeys.PG_CONNECTION
      )
      const ids: { id: string; refunded: boolean }[] = (
        await knex.raw(`select o.id, exists (select 1 from order_transaction t
            where t.order_id = o.id and t.reference = 'refund') as refunded
          from "order" o where o.email like '%@synthetic.invalid'
          order by refunded desc, o.id limit 4`)
      ).rows
      expect(ids.some((o) => o.refunded)).toBe(true)
      const admin = await operator(getContainer(), request)
      for (const { id, refunded } of ids) {
        const order = await adminOrder(request, admin, id)
        const ledger = (
          await knex.raw(
            `select sum(case when kind = 'sale' then amount else -amount end)::int as net
               from attribution_entry where order_id = ?`,
            [id]
          )
        ).rows[0].net
        const payment = order.payment_collections?.[0]?.payments?.[0]
        const captured = Math.round(
          Number(payment?.captures?.[0]?.amount ?? 0) * 100
        )
        const refundedFen = Math.round(
          Number(payment?.refunds?.[0]?.amount ?? 0) * 100
        )
        // Medusa's own totals: the items are all the order (no shipping, no
        // tax), all of it captured; the ledger holds what was not refunded.
        expect(Math.round(Number(order.total) * 100)).toBe(captured)
        expect(order.payment_status).toBe(
          refunded
            ? refundedFen === captured
              ? "refunded"
              : "partially_refunded"
            : "captured"
        )
        expect(ledger).toBe(
          captured - Math.round((captured * refundedFen) / captured)
        )
      }
    })

    it("keeps household identities encrypted, valid and unique", async () => {
      const knex = getContainer().resolve(
        ContainerRegistrationKeys.PG_CONNECTION
      )
      const rows: {
        id_number_encrypted: string
        id_number_masked: string
        id_number_hash: string
      }[] = (
        await knex.raw(`select id_number_encrypted, id_number_masked, id_number_hash
          from household where registry_number like 'SYN-%'`)
      ).rows
      expect(new Set(rows.map((r) => r.id_number_hash)).size).toBe(rows.length)
      for (const row of rows.slice(0, 50)) {
        const plain = decryptPersonalData(
          row.id_number_encrypted,
          personalDataKeys()
        )
        expect(isValidIdNumber(plain)).toBe(true)
        expect(row.id_number_encrypted).not.toContain(plain)
        expect(row.id_number_masked).not.toContain(plain.slice(6, 14))
      }
    })

    it("stocks what the batches have left after the synthetic orders", async () => {
      const knex = getContainer().resolve(
        ContainerRegistrationKeys.PG_CONNECTION
      )
      const { rows } = await knex.raw(`select
          sum(b.stock_quantity - b.allocated_quantity)::int as left_in_batches,
          (select sum(il.stocked_quantity)::int from inventory_level il
             join product_variant_inventory_item vi on vi.inventory_item_id = il.inventory_item_id
             join product_variant v on v.id = vi.variant_id
             join product p on p.id = v.product_id
            where p.handle like 'synthetic-product-%' and il.deleted_at is null) as stocked
        from batch b join product_product_variant_batch_batch l on l.batch_id = b.id
        join product_variant v on v.id = l.product_variant_id
        join product p on p.id = v.product_id
        where p.handle like 'synthetic-product-%'`)
      expect(rows[0].stocked).toBe(rows[0].left_in_batches)
      expect(rows[0].left_in_batches).toBeGreaterThan(0)
    })

    it("adds nothing when run again with the same sizes", async () => {
      const again = await seedScale(getContainer(), SCALE, TEST_PASSWORD)
      expect(again.orders_added).toBe(0)
      expect(await syntheticCounts()).toEqual(created)
    })

    it("refuses a size that is not a whole number, naming the flag", () => {
      expect(() => scaleOptionsFrom({ SCALE_HOUSEHOLDS: "lots" })).toThrow(
        /--households/
      )
    })
  })
})
