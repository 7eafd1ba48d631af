import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { jurisdictionPattern } from "@tianfu/domain"

// The household module's report queries: its households in a bureau's
// scope beside incomes handed in by the caller (the attribution module's
// per-household sums, passed as values, never joined from its tables).

export type HouseholdIncome = { household_id: string; income: number }

// A household report's scope: a jurisdiction, optionally one county in it
// and one township (by name) in that.
export type HouseholdScope = {
  county_prefix: string
  county_code?: string
  township?: string
}

export type HouseholdReport =
  // Every household with its income, lowest per member first; with
  // `below_per_member`, only those under it and not lifted (the
  // poverty-line report). `revenue`, when given, is shown beside the
  // income and never counted as it.
  | {
      kind: "income"
      scope: HouseholdScope
      incomes: HouseholdIncome[]
      revenue?: HouseholdIncome[]
      below_per_member?: number
      // The year whose other income (household_other_income, from the
      // registry) joins the income.
      other_income_year?: number
    }
  // Registered households (verified, on the registry, not lifted) that
  // belong to no approved cooperative, by county, township and village:
  // whom a reviewer can assign to a cooperative.
  | {
      kind: "unbound"
      scope: HouseholdScope
      township?: string
      bound: string[]
    }
  // Households that received nothing: omitted aid.
  | { kind: "omitted"; scope: HouseholdScope; incomes: HouseholdIncome[] }
  // Households whose income fell, biggest fall first.
  | {
      kind: "declining"
      scope: HouseholdScope
      previous: HouseholdIncome[]
      current: HouseholdIncome[]
    }

// The registered households of a scope: verified against the registry (by
// an import or a reviewer). A household a cooperative typed in that nobody
// has verified, or one rejected or removed from the registry, is no
// registered poor household, and no household report counts it; its
// ledger entries stay, and appear the day it is verified.
function households(knex: Knex, scope: HouseholdScope) {
  const rows = knex("household as h")
    .whereNull("h.deleted_at")
    .where("h.verification", "verified")
    .where("h.county_code", "like", jurisdictionPattern(scope.county_prefix))
  if (scope.county_code) rows.where("h.county_code", scope.county_code)
  if (scope.township) rows.where("h.township", scope.township)
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

// Incomes as a table the query can join (one JSON parameter).
const incomeTable = (knex: Knex, incomes: HouseholdIncome[], as: string) =>
  knex.raw(
    `jsonb_to_recordset(?::jsonb) as ${as}(household_id text, income bigint)`,
    [JSON.stringify(incomes)]
  )

export function householdReportRows(
  knex: Knex,
  report: HouseholdReport
): Knex.QueryBuilder {
  const rows = households(knex, report.scope)
  if (report.kind === "unbound") {
    rows
      .select("h.township", "h.poverty_cause")
      .whereNull("h.registry_missing_since")
      .whereNot("h.status", "lifted")
      .whereRaw("h.id not in (select jsonb_array_elements_text(?::jsonb))", [
        JSON.stringify(report.bound),
      ])
    if (report.township) rows.where("h.township", report.township)
    return rows.orderBy([
      "h.county_code",
      "h.township",
      "h.village",
      "h.registry_number",
    ])
  }
  if (report.kind === "declining") {
    return rows
      .join(incomeTable(knex, report.previous, "p"), "p.household_id", "h.id")
      .leftJoin(
        incomeTable(knex, report.current, "c"),
        "c.household_id",
        "h.id"
      )
      .select(
        knex.raw("p.income::bigint as previous_income"),
        knex.raw("coalesce(c.income, 0)::bigint as current_income"),
        knex.raw("(coalesce(c.income, 0) - p.income)::bigint as change")
      )
      .where("p.income", ">", 0)
      .whereRaw("coalesce(c.income, 0) < p.income")
      .orderByRaw("coalesce(c.income, 0) - p.income, h.registry_number")
  }
  rows.leftJoin(
    incomeTable(knex, report.incomes, "i"),
    "i.household_id",
    "h.id"
  )
  if (report.kind === "omitted") {
    return rows
      .whereRaw("coalesce(i.income, 0) <= 0")
      .orderBy("h.registry_number")
  }
  rows.select(knex.raw("coalesce(i.income, 0)::bigint as income"))
  // Registry income from outside the marketplace, when a year is given;
  // the income a household is measured by is the two together.
  let total = "coalesce(i.income, 0)"
  const otherYear = report.other_income_year
  if (otherYear !== undefined) {
    rows
      .leftJoin("household_other_income as o", (join) =>
        join
          .on("o.household_id", "h.id")
          .andOn("o.year", knex.raw("?", [otherYear]))
          .andOnNull("o.deleted_at")
      )
      .select(
        knex.raw(
          "coalesce(o.wage + o.transfer + o.property, 0)::bigint as other_income"
        )
      )
    total =
      "(coalesce(i.income, 0) + coalesce(o.wage + o.transfer + o.property, 0))"
  }
  if (report.revenue) {
    rows
      .leftJoin(
        incomeTable(knex, report.revenue, "r"),
        "r.household_id",
        "h.id"
      )
      .select(knex.raw("coalesce(r.income, 0)::bigint as revenue"))
  }
  if (report.below_per_member !== undefined) {
    rows
      .whereRaw(`${total} / greatest(h.member_count, 1) < ?`, [
        report.below_per_member,
      ])
      .whereNot("h.status", "lifted")
  }
  return rows.orderByRaw(
    `${total}::numeric / greatest(h.member_count, 1), h.registry_number`
  )
}

// Coverage per county (and township): registered households — verified
// against the registry, not marked missing from it — not yet lifted; how
// many of those belong to an approved cooperative (bound); how many had
// attributed revenue and how many confirmed payouts in the year. The sets
// come from the modules that hold them, as values.
export type CoverageQuery = {
  scope: HouseholdScope
  group_by: "county" | "township"
  bound: string[]
  with_revenue: string[]
  with_payouts: string[]
}

export type CoverageRow = {
  county_code: string
  township: string | null
  households: number
  // The registered households' members (family size summed).
  members: number
  not_lifted: number
  bound: number
  with_revenue: number
  with_payouts: number
}

export function coverageRows(knex: Knex, q: CoverageQuery) {
  const set = (ids: string[]) =>
    knex.raw(
      "(select distinct value as id from jsonb_array_elements_text(?::jsonb))",
      [JSON.stringify(ids)]
    )
  const rows = knex("household as h")
    .leftJoin(set(q.bound).wrap("", " as b"), "b.id", "h.id")
    .leftJoin(set(q.with_revenue).wrap("", " as r"), "r.id", "h.id")
    .leftJoin(set(q.with_payouts).wrap("", " as p"), "p.id", "h.id")
    .whereNull("h.deleted_at")
    .whereNull("h.registry_missing_since")
    .where("h.verification", "verified")
    .where("h.county_code", "like", jurisdictionPattern(q.scope.county_prefix))
    .select(
      "h.county_code",
      knex.raw(
        q.group_by === "township" ? "h.township" : "null::text as township"
      ),
      knex.raw("count(*)::int as households"),
      knex.raw("coalesce(sum(h.member_count), 0)::int as members"),
      knex.raw(
        "(count(*) filter (where h.status <> 'lifted'))::int as not_lifted"
      ),
      knex.raw(
        "(count(*) filter (where h.status <> 'lifted' and b.id is not null))::int as bound"
      ),
      knex.raw(
        "(count(*) filter (where r.id is not null))::int as with_revenue"
      ),
      knex.raw(
        "(count(*) filter (where p.id is not null))::int as with_payouts"
      )
    )
    .groupBy(
      q.group_by === "township"
        ? ["h.county_code", "h.township"]
        : ["h.county_code"]
    )
    .orderBy(
      q.group_by === "township"
        ? ["h.county_code", "h.township"]
        : ["h.county_code"]
    )
  if (q.scope.county_code) rows.where("h.county_code", q.scope.county_code)
  return rows
}
