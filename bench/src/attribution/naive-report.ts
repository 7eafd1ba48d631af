import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { jurisdictionPattern } from "@tianfu/domain"
import {
  type AttributionQuery,
  PERIOD_FORMAT,
} from "../../../backend/src/modules/attribution/read-model"

// The same report as attributionRows / attributionTotals, computed the
// obvious way: straight from the ledger, grouping every entry of the period
// (periods in Beijing time, as the rollups keep them). Only for comparison;
// the bureau endpoints never run this.
function ledgerRows(knex: Knex, q: AttributionQuery) {
  const rows = knex("attribution_entry as e")
    .where("e.county_code", "like", jurisdictionPattern(q.county_prefix))
    .whereRaw(
      "e.occurred_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'",
      [q.from]
    )
    .whereRaw(
      "e.occurred_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'",
      [q.to]
    )
  if (q.group_by === "household") rows.whereNotNull("e.household_id")
  return rows
}

const SUMS = [
  "sum(case when e.kind = 'sale' then e.amount else 0 end)::bigint as sales",
  "sum(case when e.kind = 'refund' then e.amount else 0 end)::bigint as refunds",
  "sum(case when e.kind = 'sale' then e.amount else -e.amount end)::bigint as net",
]

export function naiveAttributionRows(knex: Knex, q: AttributionQuery) {
  const key = {
    county: "county_code",
    cooperative: "cooperative_id",
    household: "household_id",
  }[q.group_by]
  const grouped = ledgerRows(knex, q)
    .select(
      knex.raw(
        "date_trunc(?, e.occurred_at at time zone 'Asia/Shanghai')::date as period_start",
        [q.grain]
      ),
      `e.${key} as key`,
      ...SUMS.map((s) => knex.raw(s))
    )
    .groupByRaw("1, 2")
  return knex
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
    .orderBy([
      { column: "g.period_start", order: "desc" },
      { column: "g.net", order: "desc" },
      { column: "g.key", order: "asc" },
    ])
}

export function naiveAttributionTotals(knex: Knex, q: AttributionQuery) {
  return ledgerRows(knex, q)
    .select(...SUMS.map((s) => knex.raw(s)))
    .first()
}
