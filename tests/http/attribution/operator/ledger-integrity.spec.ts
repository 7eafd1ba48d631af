import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { seedBaseStore } from "../../../../seed/src/base-store"
import type { EntryInput } from "../../../../backend/src/modules/attribution/service"
import { operator } from "../../../helpers/actors"
import { buckwheatTea, createProduct } from "../../../helpers/catalog"
import { ZHAOJUE } from "../../../helpers/fixtures"
import { describeHttp } from "../../../helpers/medusa-app"
import { services } from "../../../helpers/services"
import {
  type CooperativeTenant,
  createCounties,
  registerApprovedCooperative,
} from "../../../helpers/tenants"

jest.setTimeout(180 * 1000)

// The ledger's guarantees that must hold in the database itself, whatever
// the code above it does: append-only rows, replay-proof writes, rollups
// that count each entry once, and batch allocation that never oversells.
describeHttp("attribution ledger integrity", ({ request, getContainer }) => {
  let coop: CooperativeTenant
  let variantId: string

  const pg = () =>
    getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

  const entry = (overrides: Partial<EntryInput> = {}): EntryInput => ({
    order_id: "order_test_1",
    line_item_id: "ordli_test_1",
    batch_id: "batch_test_1",
    household_id: "hh_test_1",
    cooperative_id: coop.cooperative.id,
    county_code: "513431",
    amount: 1234,
    kind: "sale",
    source_event_id: "capture:pay_test_1",
    occurred_at: "2026-11-01T02:00:00Z",
    ...overrides,
  })

  async function createBatch(harvestedAt: string, units: number) {
    const response = await request()
      .post("/vendor/batches")
      .set(coop.headers)
      .send({
        variant_id: variantId,
        harvested_at: harvestedAt,
        village: "好谷村",
        quantity: units,
        unit: "kg",
        contributions: [],
      })
    expect(response.status).toBe(201)
    return response.body.batch.id as string
  }

  beforeAll(async () => {
    await seedBaseStore(getContainer())
    const admin = await operator(getContainer(), request)
    await createCounties(request, admin, [ZHAOJUE])
    ;({ coop } = await registerApprovedCooperative(
      request,
      admin,
      {
        email: "owner@ledger.coop",
        name: "昭觉县账本合作社",
        handle: "ledger",
        county_code: "513431",
        serial: "MA6LD0001",
      },
      {
        email: "reviewer@liangshan.gov",
        name: "凉山州商务局",
        jurisdiction_code: "5134",
      }
    ))
    const product = await createProduct(request, coop, buckwheatTea())
    variantId = product.variants[0].id
  })

  it("refuses UPDATE and DELETE of ledger rows in the database", async () => {
    const [written] = await services(getContainer())
      .attribution()
      .recordEntries([entry({ source_event_id: "capture:pay_append_only" })])
    await expect(
      pg().raw(`update attribution_entry set amount = 1 where id = ?`, [
        written.id,
      ])
    ).rejects.toThrow(/append-only: UPDATE refused/)
    await expect(
      pg().raw(`delete from attribution_entry where id = ?`, [written.id])
    ).rejects.toThrow(/append-only: DELETE refused/)
    const [{ amount }] = (
      await pg().raw(`select amount from attribution_entry where id = ?`, [
        written.id,
      ])
    ).rows
    expect(amount).toBe(1234)
  })

  it("writes an event delivered 5 times concurrently once, and counts it once in the rollups", async () => {
    const event = [
      entry({
        source_event_id: "capture:pay_dup",
        household_id: "hh_dup_1",
        amount: 700,
      }),
      entry({
        source_event_id: "capture:pay_dup",
        household_id: "hh_dup_2",
        amount: 300,
      }),
      entry({
        source_event_id: "capture:pay_dup",
        line_item_id: "ordli_dup",
        household_id: null,
        batch_id: null,
        amount: 5,
      }),
    ]
    const ledger = services(getContainer()).attribution()
    const results = await Promise.all(
      Array.from({ length: 5 }, () => ledger.recordEntries(event))
    )
    expect(results.map((r) => r.length).sort()).toEqual([0, 0, 0, 0, 3])
    const rows = await ledger.listAttributionEntries({
      source_event_id: "capture:pay_dup",
    })
    expect(rows.reduce((sum, r) => sum + r.amount, 0)).toBe(1005)
    const rollups = (
      await pg().raw(
        `select grain, sum(sales)::int as sales, sum(entries)::int as entries
           from attribution_rollup where cooperative_id = ?
            and (household_id in ('hh_dup_1', 'hh_dup_2') or household_id is null)
          group by grain order by grain`,
        [coop.cooperative.id]
      )
    ).rows
    // 2026-11-01T02:00Z is 10:00 in Beijing: one day, one month, one year.
    expect(rollups).toEqual([
      { grain: "day", sales: 1005, entries: 3 },
      { grain: "month", sales: 1005, entries: 3 },
      { grain: "year", sales: 1005, entries: 3 },
    ])
    // The cooperative's own rollups (households summed) agree, once.
    const cooperativeRollups = (
      await pg().raw(
        `select grain, sales::int as sales, entries
           from attribution_cooperative_rollup where cooperative_id = ?
          order by grain`,
        [coop.cooperative.id]
      )
    ).rows
    expect(cooperativeRollups).toEqual(rollups)
    // The households' own rollups (cooperatives summed) hold the two
    // households' shares, once, and not the cooperative's remainder.
    const householdRollups = (
      await pg().raw(
        `select grain, household_id, sales::int as sales, entries
           from attribution_household_rollup
          where household_id in ('hh_dup_1', 'hh_dup_2')
          order by grain, household_id`
      )
    ).rows
    expect(householdRollups).toEqual(
      ["day", "month", "year"].flatMap((grain) => [
        { grain, household_id: "hh_dup_1", sales: 700, entries: 1 },
        { grain, household_id: "hh_dup_2", sales: 300, entries: 1 },
      ])
    )
  })

  it("allocates exactly 10 units when 20 orders race for the last 10", async () => {
    const batchId = await createBatch("2026-08-01", 10)
    const batch = services(getContainer()).batch()
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        batch.allocateUnits([
          {
            line_item_id: `ordli_race_${i}`,
            batch_ids: [batchId],
            quantity: 1,
          },
        ])
      )
    )
    const allocated = results.flatMap((r) => r.allocations)
    expect(allocated.reduce((sum, a) => sum + a.quantity, 0)).toBe(10)
    expect(new Set(allocated.map((a) => a.line_item_id)).size).toBe(10)
    const stored = await batch.retrieveBatch(batchId)
    expect(stored.allocated_quantity).toBe(10)
    await expect(
      pg().raw(`update batch set allocated_quantity = 11 where id = ?`, [
        batchId,
      ])
    ).rejects.toThrow(/batch_allocated_within_stock/)
  })

  it("takes the oldest harvest first, across batches", async () => {
    const newer = await createBatch("2026-10-01", 10)
    const older = await createBatch("2026-07-01", 4)
    const { allocations } = await services(getContainer())
      .batch()
      .allocateUnits([
        {
          line_item_id: "ordli_oldest_first",
          batch_ids: [newer, older],
          quantity: 6,
        },
      ])
    expect(allocations).toEqual([
      {
        id: expect.stringMatching(/^balloc_/),
        line_item_id: "ordli_oldest_first",
        batch_id: older,
        quantity: 4,
      },
      {
        id: expect.stringMatching(/^balloc_/),
        line_item_id: "ordli_oldest_first",
        batch_id: newer,
        quantity: 2,
      },
    ])
  })

  // A process killed between the counter and the links retries the whole
  // allocation (kill-restart.spec.ts found the counter counted twice).
  it("allocates a line once however often it is asked, releases it once, and undoes only what a call created", async () => {
    const batchId = await createBatch("2026-06-01", 10)
    const batch = services(getContainer()).batch()
    const held = async () =>
      (await batch.retrieveBatch(batchId)).allocated_quantity
    const line = {
      line_item_id: "ordli_retry",
      batch_ids: [batchId],
      quantity: 3,
    }

    const first = await batch.allocateUnits([line])
    expect(first.created_ids).toEqual(first.allocations.map((a) => a.id))
    expect(await held()).toBe(3)
    const retries = await Promise.all(
      Array.from({ length: 5 }, () => batch.allocateUnits([line]))
    )
    for (const retry of retries) {
      expect(retry).toEqual({ allocations: first.allocations, created_ids: [] })
    }
    expect(await held()).toBe(3)
    // Undoing a retry gives back nothing: it created nothing.
    await batch.revertAllocation(retries[0].created_ids)
    expect(await held()).toBe(3)

    const mixed = await batch.allocateUnits([
      line,
      { line_item_id: "ordli_retry_2", batch_ids: [batchId], quantity: 2 },
    ])
    expect(mixed.allocations.map((a) => a.line_item_id)).toEqual([
      "ordli_retry",
      "ordli_retry_2",
    ])
    expect(mixed.created_ids).toHaveLength(1)
    expect(await held()).toBe(5)
    await batch.revertAllocation(mixed.created_ids)
    await batch.revertAllocation(mixed.created_ids)
    expect(await held()).toBe(3)
    const kept = await batch.listBatchAllocations({
      line_item_id: ["ordli_retry", "ordli_retry_2"],
    })
    expect(kept.map((a) => a.id)).toEqual(first.created_ids)

    const released = await batch.releaseLines(["ordli_retry"])
    expect(released).toEqual(first.created_ids)
    expect(await held()).toBe(0)
    expect(await batch.releaseLines(["ordli_retry"])).toEqual([])
    expect(await held()).toBe(0)
    // A canceled line is not allocated again by a late retry.
    expect(await batch.allocateUnits([line])).toEqual({
      allocations: [],
      created_ids: [],
    })
    expect(await held()).toBe(0)
    // Undoing the release holds the units again, once.
    await batch.revertRelease(released)
    await batch.revertRelease(released)
    expect(await held()).toBe(3)
  })
})
