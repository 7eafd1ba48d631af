import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  type AttributionGroup,
  type Grain,
  jurisdictionPattern,
} from "@tianfu/domain"

// The attribution module's read model: SQL over its own rollup tables only
// (kept by recordEntries in the ledger's transaction). Rows carry ids —
// county codes, cooperative, household and batch ids — and never another
// module's columns: names are read by the caller through query.graph.

export type { AttributionGroup, Grain }

// to_char patterns for a period label: 2026-11-23, 2026-11, 2026.
export const PERIOD_FORMAT: Record<Grain, string> = {
  day: "YYYY-MM-DD",
  month: "YYYY-MM",
  year: "YYYY",
}

// Inclusive ISO dates.
export type PeriodRange = { from: string; to: string }

// Whose money a report may show: a bureau's jurisdiction (a GB/T 2260
// prefix, "" for everything), optionally one county in it, and, for a
// cooperative's own dashboard, its id.
export type ReportScope = {
  county_prefix: string
  county_code?: string
  cooperative_id?: string
  // Households that are no registered poor household (typed in by a
  // cooperative and not verified against the registry, rejected, or
  // deleted), as values from the household module. Their shares are
  // counted as "unverified suppliers", never as a household's income;
  // their entries stay, and the day one is verified it simply leaves this
  // list and its history appears in the household figures.
  unverified?: string[]
}

export type AttributionQuery = ReportScope &
  PeriodRange & {
    grain: Grain
    group_by: AttributionGroup
    household_id?: string
  }

// One report row: a period, the group's id and its money in fen.
export type AttributionRow = {
  period: string
  key: string
  sales: number
  refunds: number
  net: number
  // County and cooperative rows: of net, the unverified suppliers' shares.
  unverified?: number
}

export type MoneyTotals = { sales: number; refunds: number; net: number }

// A report's totals, and of the net what unverified suppliers' shares
// earned (inside net for county and cooperative groups; beside it, never
// in it, for households).
export type ReportTotals = MoneyTotals & { unverified: number }

// Money per batch of a cooperative, all time.
export type BatchTotal = {
  batch_id: string
  sales: number
  refunds: number
  net: number
}

// Which rollup a report reads. County and cooperative figures come from
// the per-cooperative rollups (a row per cooperative and period). Household
// figures over a jurisdiction come from the per-household ones, a row per
// household and period (`one_row_per_key`: no grouping needed, and their
// index holds each period's households in report order). A cooperative's
// households, or one household, need the rollups per household and
// cooperative, which the cooperative and household columns index.
function rollupOf(q: AttributionQuery) {
  if (q.household_id || (q.group_by === "household" && q.cooperative_id)) {
    return { table: "attribution_rollup", one_row_per_key: false }
  }
  if (q.group_by === "household") {
    return { table: "attribution_household_rollup", one_row_per_key: true }
  }
  return { table: "attribution_cooperative_rollup", one_row_per_key: false }
}

// The rollup rows a report covers; every attribution report starts here.
// Household figures leave out the unverified suppliers.
function rollupRows(
  knex: Knex,
  q: AttributionQuery,
  table = rollupOf(q).table
) {
  const rows = knex(`${table} as r`)
    .where("r.grain", q.grain)
    .whereBetween("r.period_start", [q.from, q.to])
    .where("r.county_code", "like", jurisdictionPattern(q.county_prefix))
  if (q.cooperative_id) rows.where("r.cooperative_id", q.cooperative_id)
  if (q.county_code) rows.where("r.county_code", q.county_code)
  if (q.household_id) rows.where("r.household_id", q.household_id)
  if (q.group_by === "household") {
    rows.whereNotNull("r.household_id")
    registeredOnly(rows, q.unverified)
  }
  return rows
}

// The unverified list as a set the query can read (one JSON parameter).
const IN_SET = "r.household_id in (select jsonb_array_elements_text(?::jsonb))"

// Keeps the rows of registered households (r.household_id not null).
function registeredOnly(rows: Knex.QueryBuilder, ids?: string[]) {
  if (ids?.length) rows.whereRaw(`not ${IN_SET}`, [JSON.stringify(ids)])
  return rows
}

// The rows of the unverified suppliers' shares in a report's scope, from
// the per household and cooperative rollups.
function unverifiedRows(knex: Knex, q: AttributionQuery, ids: string[]) {
  return rollupRows(
    knex,
    { ...q, group_by: "cooperative" },
    "attribution_rollup"
  ).whereRaw(IN_SET, [JSON.stringify(ids)])
}

const KEY: Record<AttributionGroup, string> = {
  county: "county_code",
  cooperative: "cooperative_id",
  household: "household_id",
}

const ORDER = [
  { column: "period_start", order: "desc" },
  { column: "net", order: "desc" },
  { column: "key", order: "asc" },
]

// Attributed money per period and county / cooperative / household, newest
// period first and largest first within it. With a page, the groups are
// ordered and cut in SQL: a province's household × year report has ~55,000
// groups at 100,000 households.
export function attributionRows(
  knex: Knex,
  q: AttributionQuery,
  page?: { limit: number; offset: number }
): Knex.QueryBuilder {
  const key = KEY[q.group_by]
  const grouped = rollupRows(knex, q)
  if (rollupOf(q).one_row_per_key) {
    // `net` is the rank index's expression, so a page is read in order.
    grouped.select(
      "r.period_start",
      `r.${key} as key`,
      "r.sales",
      "r.refunds",
      knex.raw("(r.sales - r.refunds) as net")
    )
  } else {
    grouped
      .select(
        "r.period_start",
        `r.${key} as key`,
        knex.raw("sum(r.sales)::bigint as sales"),
        knex.raw("sum(r.refunds)::bigint as refunds"),
        knex.raw("sum(r.sales - r.refunds)::bigint as net")
      )
      .groupBy("r.period_start", `r.${key}`)
  }
  if (page) grouped.orderBy(ORDER).limit(page.limit).offset(page.offset)
  const rows = knex
    .from(grouped.as("g"))
    .select(
      knex.raw("to_char(g.period_start, ?) as period", [
        PERIOD_FORMAT[q.grain],
      ]),
      "g.key",
      knex.raw("g.sales::bigint as sales"),
      knex.raw("g.refunds::bigint as refunds"),
      knex.raw("g.net::bigint as net")
    )
    .orderBy(
      ORDER.map(({ column, order }) => ({ column: `g.${column}`, order }))
    )
  if (q.group_by === "household") return rows
  // A county's or cooperative's net, and of it what unverified suppliers'
  // shares earned.
  if (!q.unverified?.length) {
    return rows.select(knex.raw("0::bigint as unverified"))
  }
  const unverified = unverifiedRows(knex, q, q.unverified)
    .select(
      "r.period_start",
      `r.${key} as key`,
      knex.raw("sum(r.sales - r.refunds)::bigint as net")
    )
    .groupBy("r.period_start", `r.${key}`)
  return rows
    .leftJoin(unverified.as("u"), (join) =>
      join.on("u.period_start", "g.period_start").andOn("u.key", "g.key")
    )
    .select(knex.raw("coalesce(u.net, 0)::bigint as unverified"))
}

// How many rows attributionRows has without a page.
export function attributionCount(knex: Knex, q: AttributionQuery) {
  return knex
    .count({ count: "*" })
    .from(attributionRows(knex, q).clearOrder().as("q"))
    .first()
}

// Sales, refunds and net over everything the report covers, and what of
// the scope's money unverified suppliers' shares earned.
export function attributionTotals(knex: Knex, q: AttributionQuery) {
  const unverified = q.unverified?.length
    ? knex.raw("(?)::bigint as unverified", [
        unverifiedRows(knex, q, q.unverified).select(
          knex.raw("coalesce(sum(r.sales - r.refunds), 0)")
        ),
      ])
    : knex.raw("0::bigint as unverified")
  return rollupRows(knex, q)
    .select(
      knex.raw("coalesce(sum(r.sales), 0)::bigint as sales"),
      knex.raw("coalesce(sum(r.refunds), 0)::bigint as refunds"),
      knex.raw("coalesce(sum(r.sales - r.refunds), 0)::bigint as net"),
      unverified
    )
    .first()
}

// A cooperative's money per batch (all time), from the per-batch totals
// kept beside the ledger.
export function batchTotals(knex: Knex, cooperativeId: string) {
  return knex("attribution_batch_total as t")
    .where("t.cooperative_id", cooperativeId)
    .select(
      "t.batch_id",
      knex.raw("t.sales::bigint as sales"),
      knex.raw("t.refunds::bigint as refunds"),
      knex.raw("(t.sales - t.refunds)::bigint as net")
    )
}

// Per period, the net that reached households (the rest is the
// cooperative's remainder), labelled like attributionRows' periods.
export function householdNetByPeriod(knex: Knex, q: AttributionQuery) {
  return rollupRows(knex, { ...q, group_by: "household" })
    .select(
      knex.raw("to_char(r.period_start, ?) as period", [
        PERIOD_FORMAT[q.grain],
      ]),
      knex.raw("sum(r.sales - r.refunds)::bigint as net")
    )
    .groupBy("r.period_start")
}

// How many distinct households kept attributed money over the range (a
// household whose sales were all refunded is not counted).
export function householdsReached(knex: Knex, q: AttributionQuery) {
  const reached = rollupRows(knex, { ...q, group_by: "household" })
    .select("r.household_id")
    .groupBy("r.household_id")
    .havingRaw("sum(r.sales - r.refunds) > 0")
  return knex.count({ count: "*" }).from(reached.as("h")).first()
}

// Each household's net attributed income over a period, from the monthly
// rollups (a year is twelve rows per household at most; per cooperative
// too when the scope is one cooperative's). Households with no rollup rows
// in the period have no row here.
export function householdIncomes(
  knex: Knex,
  range: PeriodRange,
  scope: ReportScope
) {
  const income = knex(
    scope.cooperative_id
      ? "attribution_rollup as r"
      : "attribution_household_rollup as r"
  )
    .select(
      "r.household_id",
      knex.raw("sum(r.sales - r.refunds)::bigint as income")
    )
    .where("r.grain", "month")
    .whereNotNull("r.household_id")
    .whereBetween("r.period_start", [range.from, range.to])
    .where("r.county_code", "like", jurisdictionPattern(scope.county_prefix))
    .groupBy("r.household_id")
  if (scope.county_code) income.where("r.county_code", scope.county_code)
  if (scope.cooperative_id)
    income.where("r.cooperative_id", scope.cooperative_id)
  return registeredOnly(income, scope.unverified)
}

// How concentrated the money is: households with income in the period,
// ranked into tenths, each tenth's households and income (n: all of them).
export function incomeDeciles(
  knex: Knex,
  range: PeriodRange,
  scope: ReportScope
) {
  return knex
    .with(
      "incomes",
      householdIncomes(knex, range, scope).havingRaw(
        "sum(r.sales - r.refunds) > 0"
      )
    )
    .with(
      "ranked",
      knex.raw(
        "select income, ntile(10) over (order by income desc) as decile, count(*) over () as n from incomes"
      )
    )
    .from("ranked")
    .select(
      "decile",
      knex.raw("count(*)::int as households"),
      knex.raw("sum(income)::bigint as income"),
      knex.raw("max(n)::int as n")
    )
    .groupBy("decile")
    .orderBy("decile")
}

// Each order's ledger total (sales − refunds, households and remainders)
// and the counties it reached, for the orders whose id is in (after, upTo]
// (either end open when not given), in id order.
export function orderLedgerTotals(
  knex: Knex,
  range: { after?: string; upTo?: string }
) {
  const rows = knex("attribution_entry")
    .groupBy("order_id")
    .select(
      "order_id",
      knex.raw(
        "sum(case when kind = 'sale' then amount else -amount end)::bigint as actual"
      ),
      knex.raw("array_agg(distinct county_code) as counties")
    )
    .orderBy("order_id")
  if (range.after !== undefined) rows.where("order_id", ">", range.after)
  if (range.upTo !== undefined) rows.where("order_id", "<=", range.upTo)
  return rows
}

// Per cooperative (or cooperative and household), the net attributed to
// its registered households over a range (the monthly rollups): what a
// benefit ratio is taken against.
export function householdRevenueByCooperative(
  knex: Knex,
  range: PeriodRange,
  cooperativeIds: string[],
  byHousehold = false
) {
  const keys = byHousehold
    ? ["r.cooperative_id", "r.household_id"]
    : ["r.cooperative_id"]
  // A calendar year reads the yearly rows (one per household and
  // cooperative), anything else the monthly ones.
  const wholeYear =
    range.from.endsWith("-01-01") &&
    range.to === `${range.from.slice(0, 4)}-12-31`
  return knex("attribution_rollup as r")
    .where("r.grain", wholeYear ? "year" : "month")
    .whereNotNull("r.household_id")
    .whereBetween("r.period_start", [range.from, range.to])
    .whereIn("r.cooperative_id", cooperativeIds)
    .groupBy(keys)
    .select(...keys, knex.raw("sum(r.sales - r.refunds)::bigint as net"))
}
