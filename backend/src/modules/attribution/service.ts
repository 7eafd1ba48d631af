import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { PlatformImpact } from "@tianfu/domain"
import { Readable } from "node:stream"
import {
  type AttributionQuery,
  type AttributionRow,
  attributionCount,
  attributionRows,
  attributionTotals,
  type BatchTotal,
  batchTotals,
  householdIncomes,
  householdNetByPeriod,
  householdRevenueByCooperative,
  incomeDeciles,
  orderLedgerTotals,
  householdsReached,
  type MoneyTotals,
  type PeriodRange,
  type ReportScope,
  type ReportTotals,
} from "./read-model"
import { AttributionEntry } from "./models/attribution-entry"
import { PovertyLine } from "./models/poverty-line"
import { ReconciliationDifference } from "./models/reconciliation-difference"
import { ReconciliationRun } from "./models/reconciliation-run"

// One ledger line to append: money of one order line, from one batch, to
// one household (null: the cooperative's remainder), for one capture or
// refund (source_event_id). Amounts are positive fen; `kind` is the sign.
export type EntryInput = {
  order_id: string
  line_item_id: string
  batch_id: string | null
  // null: the cooperative's remainder.
  household_id: string | null
  cooperative_id: string
  county_code: string
  // Always positive; `kind` gives the direction.
  amount: number
  kind: "sale" | "refund"
  source_event_id: string
  occurred_at: Date | string
}

export type RecordedEntry = EntryInput & { id: string }

// What the platform has attributed so far (fen), and how widely: the
// answer of GET /store/impact.
export type AttributedImpact = Omit<
  PlatformImpact,
  "paid_to_households" | "confirmed_by_households"
>

// The day / month / year rollups the reports read, each a sum of the
// ledger over its columns: per household and cooperative; per cooperative
// with households summed (county and cooperative reports); per household
// with cooperatives summed (household reports; a household's county is
// fixed at registration, so it is not part of that key).
type Rollup = {
  table: string
  columns: string[]
  key: string[]
  households_only?: boolean
}

const ROLLUPS: Rollup[] = [
  {
    table: "attribution_rollup",
    columns: ["county_code", "cooperative_id", "household_id"],
    key: ["county_code", "cooperative_id", "household_id"],
  },
  {
    table: "attribution_cooperative_rollup",
    columns: ["county_code", "cooperative_id"],
    key: ["county_code", "cooperative_id"],
  },
  {
    table: "attribution_household_rollup",
    columns: ["household_id", "county_code"],
    key: ["household_id"],
    households_only: true,
  },
]

// Adds the entries whose ids are the statement's one parameter to a rollup.
// Rows are upserted in key order, so two transactions folding into the
// same rows lock them in the same order and wait instead of deadlocking.
function foldIntoRollup(rollup: Rollup): string {
  const { table, columns, key } = rollup
  const groups = columns.map((_, i) => i + 3).join(", ")
  return `insert into ${table} as r
      (grain, period_start, ${columns.join(", ")}, sales, refunds, entries)
    select g.grain,
           date_trunc(g.grain, e.occurred_at at time zone 'Asia/Shanghai')::date,
           ${columns.map((c) => `e.${c}`).join(", ")},
           sum(case when e.kind = 'sale' then e.amount else 0 end),
           sum(case when e.kind = 'refund' then e.amount else 0 end),
           count(*)
      from attribution_entry e
     cross join (values ('day'), ('month'), ('year')) as g(grain)
     where e.id = any(?::text[])${rollup.households_only ? " and e.household_id is not null" : ""}
     group by 1, 2, ${groups}
     order by 1, 2, ${groups}
    on conflict (grain, period_start, ${key.join(", ")})
    do update set sales = r.sales + excluded.sales,
                  refunds = r.refunds + excluded.refunds,
                  entries = r.entries + excluded.entries`
}

const FOLD_INTO_ROLLUPS = ROLLUPS.map(foldIntoRollup)

class AttributionModuleService extends MedusaService({
  AttributionEntry,
  PovertyLine,
  ReconciliationRun,
  ReconciliationDifference,
}) {
  // Appends ledger entries and folds exactly the ones that were new into the
  // day / month / year rollups (ROLLUPS) and the per-batch totals, in one transaction. Entries whose
  // (source event, line, batch, household) already exists are skipped by the
  // unique index, so a replayed or concurrent duplicate event changes neither
  // the ledger nor the rollups. Returns the entries actually written.
  @InjectTransactionManager()
  async recordEntries(
    entries: EntryInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedEntry[]> {
    if (!entries.length) return []
    const em = sharedContext.transactionManager as SqlEntityManager
    const rows = entries.map((e) => ({
      ...e,
      id: generateEntityId(undefined, "attr"),
      occurred_at: new Date(e.occurred_at).toISOString(),
    }))
    const inserted: RecordedEntry[] = await em.execute(
      `insert into attribution_entry
         (id, order_id, line_item_id, batch_id, household_id, cooperative_id,
          county_code, amount, kind, source_event_id, occurred_at)
       select id, order_id, line_item_id, batch_id, household_id,
              cooperative_id, county_code, amount, kind, source_event_id,
              occurred_at
         from jsonb_to_recordset(?::jsonb) as r(
           id text, order_id text, line_item_id text, batch_id text,
           household_id text, cooperative_id text, county_code text,
           amount integer, kind text, source_event_id text,
           occurred_at timestamptz)
       on conflict do nothing
       returning id, order_id, line_item_id, batch_id, household_id,
                 cooperative_id, county_code, amount, kind, source_event_id,
                 occurred_at`,
      [JSON.stringify(rows)]
    )
    if (inserted.length) {
      const ids = `{${inserted.map((e) => `"${e.id}"`).join(",")}}`
      for (const fold of FOLD_INTO_ROLLUPS) await em.execute(fold, [ids])
      await em.execute(
        `insert into attribution_batch_total as t
           (batch_id, cooperative_id, sales, refunds)
         select e.batch_id, e.cooperative_id,
                sum(case when e.kind = 'sale' then e.amount else 0 end),
                sum(case when e.kind = 'refund' then e.amount else 0 end)
           from attribution_entry e
          where e.id = any(?::text[]) and e.batch_id is not null
          group by 1, 2
         on conflict (batch_id, cooperative_id) do update
            set sales = t.sales + excluded.sales,
                refunds = t.refunds + excluded.refunds`,
        [ids]
      )
    }
    return inserted
  }

  // The home page's impact counter: all money attributed so far, how much
  // reached registered households (and how much unverified suppliers, the
  // households in `unverified`), and how many households, counties and
  // cooperatives it reached. Read from the yearly rollups (a row per
  // household and year, or per cooperative and year for the totals).
  @InjectManager()
  async platformImpact(
    unverified: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AttributedImpact> {
    const em = sharedContext.manager as SqlEntityManager
    const [row] = await em.execute(
      `with unverified as (select jsonb_array_elements_text(?::jsonb) as id),
       per_household as (
         select household_id, county_code, sum(sales - refunds) as net,
                household_id in (select id from unverified) as unverified
           from attribution_household_rollup
          where grain = 'year'
          group by household_id, county_code),
       registered as (select * from per_household where not unverified)
       select
         (select coalesce(sum(sales - refunds), 0)
            from attribution_cooperative_rollup where grain = 'year')::bigint as total,
         (select coalesce(sum(net), 0) from registered)::bigint as to_households,
         (select coalesce(sum(net), 0)
            from per_household where unverified)::bigint as to_unverified,
         (select count(*) from registered where net > 0)::int as households,
         (select count(distinct county_code) from registered where net > 0)::int as counties,
         (select count(distinct cooperative_id)
            from attribution_cooperative_rollup where grain = 'year')::int as cooperatives`,
      [JSON.stringify(unverified)]
    )
    return {
      total: Number(row?.total ?? 0),
      to_households: Number(row?.to_households ?? 0),
      to_unverified_suppliers: Number(row?.to_unverified ?? 0),
      households: Number(row?.households ?? 0),
      counties: Number(row?.counties ?? 0),
      cooperatives: Number(row?.cooperatives ?? 0),
    }
  }

  // --- Read model (see read-model.ts): rollup rows by id, in fen. ---

  // One page of an attribution report and how many rows it has in all.
  @InjectManager()
  async attributionPage(
    q: AttributionQuery,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: AttributionRow[]; count: number }> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const [rows, counted] = await Promise.all([
      attributionRows(knex, q, page),
      attributionCount(knex, q),
    ])
    return {
      rows: (rows as RawMoney<AttributionRow>[]).map(moneyOf),
      count: Number(counted?.count ?? 0),
    }
  }

  // Every row of an attribution report, in order, streamed from a
  // server-side cursor (a CSV export of 100,000 rows holds none of them).
  @InjectManager()
  async attributionStream(
    q: AttributionQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Readable> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = attributionRows(knex, q).stream({ highWaterMark: 500 })
    return Readable.from(
      (async function* () {
        for await (const row of rows)
          yield moneyOf(row as RawMoney<AttributionRow>)
      })(),
      { objectMode: true, highWaterMark: 500 }
    )
  }

  @InjectManager()
  async attributionTotals(
    q: AttributionQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ReportTotals> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const row = await attributionTotals(knex, q)
    return moneyOf((row ?? {}) as RawMoney<ReportTotals>)
  }

  // Per period label, the net that reached households.
  @InjectManager()
  async householdNetByPeriod(
    q: AttributionQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, number>> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = (await householdNetByPeriod(knex, q)) as {
      period: string
      net: string
    }[]
    return new Map(rows.map((r) => [r.period, Number(r.net)]))
  }

  @InjectManager()
  async householdsReached(
    q: AttributionQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const row = await householdsReached(knex, q)
    return Number((row as { count?: string | number } | undefined)?.count ?? 0)
  }

  // A cooperative's money per batch, all time (batches with sales only).
  @InjectManager()
  async batchTotals(
    cooperativeId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BatchTotal[]> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = await batchTotals(knex, cooperativeId)
    return (rows as RawMoney<BatchTotal>[]).map(moneyOf)
  }

  // One household's net attributed income per year (its timeline).
  @InjectManager()
  async householdIncomeByYear(
    householdId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ year: number; income: number }[]> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows: { year: number; income: string }[] = await knex(
      "attribution_household_rollup"
    )
      .select(
        knex.raw("extract(year from period_start)::int as year"),
        knex.raw("sum(sales - refunds)::bigint as income")
      )
      .where({ grain: "month", household_id: householdId })
      .groupByRaw("1")
      .orderByRaw("1")
    return rows.map((r) => ({ year: Number(r.year), income: Number(r.income) }))
  }

  // Each household's net attributed income over a period (households with
  // none are absent), for the household reports.
  @InjectManager()
  async householdIncomes(
    range: PeriodRange,
    scope: ReportScope,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ household_id: string; income: number }[]> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = (await householdIncomes(knex, range, scope)) as {
      household_id: string
      income: string
    }[]
    return rows.map((r) => ({
      household_id: r.household_id,
      income: Number(r.income),
    }))
  }

  // Each order's ledger total and counties, for order ids in (after, upTo]
  // (reconciliation walks the orders a page at a time and asks for the
  // same id range, so entries of orders that do not exist are found too).
  @InjectManager()
  async orderLedgerTotals(
    range: { after?: string; upTo?: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<OrderLedgerTotal[]> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = (await orderLedgerTotals(knex, range)) as {
      order_id: string
      actual: string
      counties: string[]
    }[]
    return rows.map((r) => ({
      order_id: r.order_id,
      actual: Number(r.actual),
      counties: r.counties,
    }))
  }

  // The net attributed to their households in a range, keyed by
  // cooperative id (or, by household, "<cooperative id>:<household id>").
  @InjectManager()
  async householdRevenueByCooperative(
    range: PeriodRange,
    cooperativeIds: string[],
    byHousehold = false,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, number>> {
    if (!cooperativeIds.length) return new Map()
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = (await householdRevenueByCooperative(
      knex,
      range,
      cooperativeIds,
      byHousehold
    )) as { cooperative_id: string; household_id?: string; net: string }[]
    return new Map(
      rows.map((r) => [
        byHousehold
          ? `${r.cooperative_id}:${r.household_id}`
          : r.cooperative_id,
        Number(r.net),
      ])
    )
  }

  // Households with income in the period ranked into tenths, richest first.
  @InjectManager()
  async incomeDeciles(
    range: PeriodRange,
    scope: ReportScope,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<IncomeDecile[]> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = (await incomeDeciles(knex, range, scope)) as {
      decile: number
      households: number
      income: string
      n: number
    }[]
    return rows.map((r) => ({
      decile: Number(r.decile),
      households: Number(r.households),
      income: Number(r.income),
      n: Number(r.n),
    }))
  }
}

export type OrderLedgerTotal = {
  order_id: string
  // Sales − refunds in fen.
  actual: number
  counties: string[]
}

export type IncomeDecile = {
  decile: number
  households: number
  income: number
  // Households with income in all.
  n: number
}

// PostgreSQL returns bigint sums as strings; the read model answers numbers
// (fen stays far below 2^53).
type RawMoney<T extends MoneyTotals> = Omit<T, keyof MoneyTotals> & {
  sales?: string | number | null
  refunds?: string | number | null
  net?: string | number | null
}

function moneyOf<T extends MoneyTotals>(raw: RawMoney<T>): T {
  const unverified = (raw as { unverified?: string | number | null }).unverified
  return {
    ...raw,
    sales: Number(raw.sales ?? 0),
    refunds: Number(raw.refunds ?? 0),
    net: Number(raw.net ?? 0),
    ...(unverified !== undefined
      ? { unverified: Number(unverified ?? 0) }
      : {}),
  } as T
}

export default AttributionModuleService
