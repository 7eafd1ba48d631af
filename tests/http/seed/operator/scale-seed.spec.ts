import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isValidIdNumber } from "@tianfu/domain"
import { personalDataKeys } from "../../../../backend/src/lib/provenance/household-identity"
import { decryptPersonalData } from "../../../../backend/src/lib/provenance/personal-data"
import { ensureCounties } from "../../../../seed/src/demo/counties"
import { scaleOptionsFrom } from "../../../../seed/src/scale/options"
import { seedScale, type ScaleSummary } from "../../../../seed/src/scale/run"
import { operator, TEST_PASSWORD } from "../../../helpers/actors"
import { adminOrder } from "../../../helpers/checkout"
import { describeHttp } from "../../../helpers/medusa-app"

jest.setTimeout(300 * 1000)

// `npm run seed:scale` at small sizes: the same code as at benchmark sizes.
// Its data is made in beforeAll because the test runner restores the
// database to what beforeAll left before every test.
describeHttp("seed:scale", ({ request, getContainer }) => {
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
    (select count(*) from cooperative_cooperative_household_household)::int as memberships,
    (select count(*) from household where registry_number like 'SYN-%'
        and source = 'registry' and verification = 'verified')::int as registry_households`
  let summary: ScaleSummary
  let created: Record<string, number>
  let imports: Record<string, unknown>[]

  const syntheticCounts = async () => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    return (await knex.raw(SYNTHETIC_COUNTS)).rows[0] as Record<string, number>
  }

  beforeAll(async () => {
    await ensureCounties(getContainer())
    summary = await seedScale(getContainer(), SCALE, TEST_PASSWORD)
    created = await syntheticCounts()
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    imports = (
      await knex.raw(
        "select filename, status, rows_read, rows_created, rows_failed, rows_missing from registry_import"
      )
    ).rows
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
    // The households came through the registry importer, as a bureau's
    // upload does: one import, every row created, verified from the
    // registry, each a member of one cooperative.
    expect(imports).toEqual([
      expect.objectContaining({
        filename: "seed-scale.csv",
        status: "completed",
        rows_read: 240,
        rows_created: 240,
        rows_failed: 0,
        rows_missing: 0,
      }),
    ])
    expect(created.registry_households).toBe(240)
    expect(created.memberships).toBeGreaterThanOrEqual(240)
    expect(created.orders).toBe(summary.orders_added)
    expect(summary.reconciliation).toEqual(
      expect.objectContaining({
        orders_checked: created.orders,
        differences: 0,
      })
    )
  })

  it("writes orders Medusa reads like any other: totals, payments, refunds", async () => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
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
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
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
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
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

  it("records each synthetic allocation in the batch module, as the counters count it", async () => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw(`select
        (select count(*)::int from batch_allocation a
          where a.released_at is null and a.deleted_at is null) as recorded,
        (select count(*)::int from order_item oi
           join "order" o on o.id = oi.order_id
          where o.metadata->>'synthetic' = 'true'
            and oi.quantity <> coalesce((
              select sum(a.quantity) from batch_allocation a
               where a.line_item_id = oi.item_id
                 and a.released_at is null and a.deleted_at is null), 0)
            and o.status <> 'canceled') as unrecorded,
        (select count(*)::int from batch b
           join product_product_variant_batch_batch l on l.batch_id = b.id
           join product_variant v on v.id = l.product_variant_id
           join product p on p.id = v.product_id
          where p.handle like 'synthetic-product-%'
            and b.allocated_quantity <> coalesce((
              select sum(a.quantity) from batch_allocation a
               where a.batch_id = b.id
                 and a.released_at is null and a.deleted_at is null), 0)
        ) as miscounted`)
    expect(rows[0].recorded).toBeGreaterThan(0)
    expect(rows[0]).toEqual(
      expect.objectContaining({ unrecorded: 0, miscounted: 0 })
    )
  })

  it("keeps every rollup equal to the ledger it sums, per household, cooperative and grain", async () => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    // The ledger summed as each rollup sums it; every row that differs in
    // either direction is a difference.
    const ledger = (columns: string, householdsOnly = false) => `
      select g.grain,
             date_trunc(g.grain, e.occurred_at at time zone 'Asia/Shanghai')::date as period_start,
             ${columns},
             sum(case when e.kind = 'sale' then e.amount else 0 end)::bigint as sales,
             sum(case when e.kind = 'refund' then e.amount else 0 end)::bigint as refunds,
             count(*)::int as entries
        from attribution_entry e
       cross join (values ('day'), ('month'), ('year')) as g(grain)
       ${householdsOnly ? "where e.household_id is not null" : ""}
       group by 1, 2, ${columns}`
    const rollup = (table: string, columns: string) => `
      select grain, period_start, ${columns}, sales::bigint, refunds::bigint,
             entries::int from ${table}`
    const differing = async (table: string, columns: string, hh = false) => {
      const { rows } = await knex.raw(`select count(*)::int as n from (
          (${ledger(columns, hh)} except ${rollup(table, columns)})
          union all
          (${rollup(table, columns)} except ${ledger(columns, hh)})) d`)
      return rows[0].n as number
    }
    const { rows } = await knex.raw(
      `select count(*)::int as n from attribution_household_rollup`
    )
    expect(rows[0].n).toBeGreaterThan(0)
    expect({
      per_household_and_cooperative: await differing(
        "attribution_rollup",
        "county_code, cooperative_id, household_id"
      ),
      per_cooperative: await differing(
        "attribution_cooperative_rollup",
        "county_code, cooperative_id"
      ),
      per_household: await differing(
        "attribution_household_rollup",
        "household_id, county_code",
        true
      ),
    }).toEqual({
      per_household_and_cooperative: 0,
      per_cooperative: 0,
      per_household: 0,
    })
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
