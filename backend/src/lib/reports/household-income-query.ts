import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { PeriodRange } from "./periods"
import { likePrefix, type ReportScope } from "./scope"

export type HouseholdScope = ReportScope & { county_code?: string }

// Each household's net attributed income over a period, from the monthly
// rollups (a year is twelve rows per household at most; per cooperative
// too when the report is one cooperative's).
function incomeIn(knex: Knex, range: PeriodRange, scope: HouseholdScope) {
  const income = knex(
    scope.cooperative_id
      ? "attribution_rollup as r"
      : "attribution_household_rollup as r"
  )
    .select("r.household_id")
    .sum({ income: knex.raw("r.sales - r.refunds") })
    .where("r.grain", "month")
    .whereNotNull("r.household_id")
    .whereBetween("r.period_start", [range.from, range.to])
    .groupBy("r.household_id")
  if (scope.cooperative_id)
    income.where("r.cooperative_id", scope.cooperative_id)
  return income
}

// Households of the scope: a bureau's jurisdiction, or a cooperative's
// members (through the membership link table).
function households(knex: Knex, scope: HouseholdScope) {
  const rows = knex("household as h")
    .whereNull("h.deleted_at")
    .where("h.county_code", "like", likePrefix(scope.county_prefix))
  if (scope.county_code) rows.where("h.county_code", scope.county_code)
  if (scope.cooperative_id) {
    rows.whereExists(
      knex("cooperative_cooperative_household_household as m")
        .whereRaw("m.household_id = h.id")
        .where("m.cooperative_id", scope.cooperative_id)
        .whereNull("m.deleted_at")
    )
  }
  return rows.select(
    "h.id",
    "h.registry_number",
    "h.county_code",
    "h.township",
    "h.village",
    "h.head_name",
    "h.member_count",
    "h.status"
  )
}

// Every household with its income in the period (zero when none), lowest
// income per member first: the poverty-line report.
export function incomePerMemberRows(
  knex: Knex,
  range: PeriodRange,
  scope: HouseholdScope,
  belowPerMember?: number
) {
  const rows = households(knex, scope)
    .leftJoin(incomeIn(knex, range, scope).as("i"), "i.household_id", "h.id")
    .select(knex.raw("coalesce(i.income, 0)::bigint as income"))
  if (belowPerMember !== undefined) {
    rows.whereRaw("coalesce(i.income, 0) / greatest(h.member_count, 1) < ?", [
      belowPerMember,
    ])
  }
  return rows.orderByRaw(
    "coalesce(i.income, 0)::numeric / greatest(h.member_count, 1), h.registry_number"
  )
}

// Households that received nothing in the period: omitted aid.
export function omittedRows(
  knex: Knex,
  range: PeriodRange,
  scope: HouseholdScope
) {
  return households(knex, scope)
    .leftJoin(incomeIn(knex, range, scope).as("i"), "i.household_id", "h.id")
    .whereRaw("coalesce(i.income, 0) <= 0")
    .orderBy("h.registry_number")
}

// Households whose income fell from one year to the next, biggest fall
// first: the risk-of-return list.
export function decliningRows(
  knex: Knex,
  previous: PeriodRange,
  current: PeriodRange,
  scope: HouseholdScope
) {
  return households(knex, scope)
    .join(incomeIn(knex, previous, scope).as("p"), "p.household_id", "h.id")
    .leftJoin(incomeIn(knex, current, scope).as("c"), "c.household_id", "h.id")
    .select(
      knex.raw("p.income::bigint as previous_income"),
      knex.raw("coalesce(c.income, 0)::bigint as current_income"),
      knex.raw("(coalesce(c.income, 0) - p.income)::bigint as change")
    )
    .where("p.income", ">", 0)
    .whereRaw("coalesce(c.income, 0) < p.income")
    .orderByRaw("coalesce(c.income, 0) - p.income, h.registry_number")
}

// How concentrated the money is: households with income, the top tenth's
// share and each decile's total (for a chart).
export async function concentration(
  knex: Knex,
  range: PeriodRange,
  scope: HouseholdScope
) {
  const inScope = households(knex, scope).clearSelect().select("h.id")
  const deciles = await knex
    .with(
      "incomes",
      incomeIn(knex, range, scope)
        .whereIn("r.household_id", inScope)
        .havingRaw("sum(r.sales - r.refunds) > 0")
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
  return deciles as {
    decile: number
    households: number
    income: string
    n: number
  }[]
}
