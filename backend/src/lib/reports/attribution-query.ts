import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { type Grain, PERIOD_FORMAT, type PeriodRange } from "./periods"
import { likePrefix, type ReportScope } from "./scope"

export type AttributionGroup = "county" | "cooperative" | "household"

export type AttributionQuery = ReportScope &
  PeriodRange & {
    grain: Grain
    group_by: AttributionGroup
    county_code?: string
    household_id?: string
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
function rollupRows(knex: Knex, q: AttributionQuery) {
  const rows = knex(`${rollupOf(q).table} as r`)
    .where("r.grain", q.grain)
    .whereBetween("r.period_start", [q.from, q.to])
    .where("r.county_code", "like", likePrefix(q.county_prefix))
  if (q.cooperative_id) rows.where("r.cooperative_id", q.cooperative_id)
  if (q.county_code) rows.where("r.county_code", q.county_code)
  if (q.household_id) rows.where("r.household_id", q.household_id)
  if (q.group_by === "household") rows.whereNotNull("r.household_id")
  return rows
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
// period first and largest first within it, with the names a reader needs
// (household heads are masked by the caller). Amounts are fen. With a page,
// the groups are ordered and cut before the names are joined: a province's
// household × year report has ~55,000 groups at 100,000 households, and
// joining them all to pick 50 cost ~0.5 s.
export function attributionRows(
  knex: Knex,
  q: AttributionQuery,
  page?: { limit: number; offset: number }
) {
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
      "g.sales",
      "g.refunds",
      "g.net"
    )
  if (q.group_by === "county") {
    rows
      .leftJoin("county as c", "c.code", "g.key")
      .select("c.name_zh", "c.name_en")
  } else if (q.group_by === "cooperative") {
    rows
      .leftJoin("cooperative as c", "c.id", "g.key")
      .select("c.name as name_zh", "c.handle", "c.county_code")
  } else {
    rows
      .leftJoin("household as h", "h.id", "g.key")
      .select(
        "h.registry_number",
        "h.county_code",
        "h.village",
        "h.head_name",
        "h.member_count",
        "h.status"
      )
  }
  return rows.orderBy(
    ORDER.map(({ column, order }) => ({ column: `g.${column}`, order }))
  )
}

// Sales, refunds and net over everything the report covers.
export function attributionTotals(knex: Knex, q: AttributionQuery) {
  return rollupRows(knex, q)
    .select(
      knex.raw("coalesce(sum(r.sales), 0)::bigint as sales"),
      knex.raw("coalesce(sum(r.refunds), 0)::bigint as refunds"),
      knex.raw("coalesce(sum(r.sales - r.refunds), 0)::bigint as net")
    )
    .first()
}

// A cooperative's money per batch (all time), newest harvest first, from
// the per-batch totals kept beside the ledger.
export function batchTotalsRows(knex: Knex, cooperativeId: string) {
  return knex("attribution_batch_total as t")
    .join("batch as b", "b.id", "t.batch_id")
    .where("t.cooperative_id", cooperativeId)
    .select(
      "t.batch_id",
      "b.trace_code",
      "b.harvested_at",
      "b.village",
      "b.quantity",
      "b.unit",
      "b.stock_quantity",
      "b.allocated_quantity",
      knex.raw("t.sales::bigint as sales"),
      knex.raw("t.refunds::bigint as refunds"),
      knex.raw("(t.sales - t.refunds)::bigint as net")
    )
    .orderBy([
      { column: "b.harvested_at", order: "desc" },
      { column: "t.batch_id", order: "asc" },
    ])
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
export async function householdsReached(
  knex: Knex,
  q: AttributionQuery
): Promise<number> {
  const reached = rollupRows(knex, { ...q, group_by: "household" })
    .select("r.household_id")
    .groupBy("r.household_id")
    .havingRaw("sum(r.sales - r.refunds) > 0")
  const row = await knex.count({ count: "*" }).from(reached.as("h")).first()
  return Number((row as { count?: string | number } | undefined)?.count ?? 0)
}
