import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { textArray } from "@tianfu/domain"

// The linkage module's report read model: the rollups of its own ledger
// (rollup.ts) and its open obligations, in fen. Cooperatives are chosen by
// the caller (a reviewer's jurisdiction, through query.graph).

export type BenefitFigures = {
  cooperative_id: string
  // Set when grouped by household.
  household_id?: string
  // Owed for produce, work, dividends and rent falling due in the year.
  obligations: number
  // Payments made in the year that stand (not reversed), and how many.
  paid: number
  payments: number
  // Of those, what the households confirmed on their slips, and what they
  // disputed (not received, or a wrong amount).
  confirmed: number
  disputed: number
  // All that fell due by the end of the year and is not settled yet; of
  // it, what fell due before `late_before` (late), and the oldest due date.
  outstanding: number
  late: number
  oldest_due_on: Date | null
  // Households that received a payment that stands in the year.
  households_paid: number
  // Produce bought from members with a floor price and paid for, but
  // less than the floor made it worth, once the payment window closed: how
  // many obligations, and the shortfall (floor-price compliance). Produce
  // not paid for at all is a late payment, counted in `late`.
  below_floor: number
  floor_shortfall: number
}

export type BenefitQuery = {
  cooperative_ids: string[]
  year: number
  by: "cooperative" | "household"
  // Only this household (a member's statement).
  household_id?: string
  // Obligations due before this and not settled are late.
  late_before: Date
}

const ids = (knex: Knex, cooperativeIds: string[]) =>
  knex.raw("?::text[]", [textArray(cooperativeIds)])

// End of a year, Beijing time, as the instant after it.
const yearEnd = (year: number) =>
  new Date(Date.UTC(year + 1, 0, 1) - 8 * 3600_000)

export async function benefitFigures(
  knex: Knex,
  q: BenefitQuery
): Promise<BenefitFigures[]> {
  if (!q.cooperative_ids.length) return []
  const keys =
    q.by === "household"
      ? ["cooperative_id", "household_id"]
      : ["cooperative_id"]
  const inYear = (expr: string) =>
    knex.raw(`coalesce(sum(${expr}) filter (where year = ?), 0)::bigint`, [
      q.year,
    ])
  // Per cooperative, its own rollup (one row a year); per household, the
  // households' rows of the cooperatives asked for.
  const perHousehold = q.by === "household"
  const rollups = knex(
    perHousehold ? "linkage_rollup" : "linkage_cooperative_rollup"
  )
    .whereRaw("cooperative_id = any(?)", [ids(knex, q.cooperative_ids)])
    .modify((rows) => {
      if (q.household_id) rows.where("household_id", q.household_id)
    })
    .where("year", "<=", q.year)
    .groupBy(keys)
    .select(
      ...keys,
      knex.raw(`${inYear("obligations").toQuery()} as obligations`),
      knex.raw(`${inYear("paid").toQuery()} as paid`),
      knex.raw(`${inYear("payments").toQuery()} as payments`),
      knex.raw(`${inYear("confirmed").toQuery()} as confirmed`),
      knex.raw(`${inYear("disputed").toQuery()} as disputed`),
      knex.raw(
        "coalesce(sum(obligations - settled), 0)::bigint as outstanding"
      ),
      perHousehold
        ? knex.raw(
            "count(*) filter (where year = ? and paid > 0)::int as households_paid",
            [q.year]
          )
        : knex.raw(
            "coalesce(sum(households_paid) filter (where year = ?), 0)::int as households_paid",
            [q.year]
          )
    )
  const open = knex("linkage_obligation")
    .whereRaw("cooperative_id = any(?)", [ids(knex, q.cooperative_ids)])
    .modify((rows) => {
      if (q.household_id) rows.where("household_id", q.household_id)
    })
    .whereNull("deleted_at")
    .whereRaw("settled < amount")
    .where("due_on", "<", yearEnd(q.year))
    .groupBy(keys)
    .select(
      ...keys,
      knex.raw(
        "coalesce(sum(amount - settled) filter (where due_on < ?), 0)::bigint as late",
        [q.late_before]
      ),
      knex.raw("min(due_on) as oldest_due_on"),
      knex.raw(
        "count(*) filter (where due_on < ? and settled > 0 and settled < floor_amount)::int as below_floor",
        [q.late_before]
      ),
      knex.raw(
        "coalesce(sum(floor_amount - settled) filter (where due_on < ? and settled > 0 and settled < floor_amount), 0)::bigint as floor_shortfall",
        [q.late_before]
      )
    )
  const [sums, opened] = (await Promise.all([rollups, open])) as [
    Record<string, unknown>[],
    Record<string, unknown>[],
  ]
  const keyOf = (r: Record<string, unknown>) =>
    keys.map((k) => String(r[k])).join("\u0000")
  const openOf = new Map(opened.map((r) => [keyOf(r), r]))
  return sums.map((r) => {
    const o = openOf.get(keyOf(r))
    return {
      cooperative_id: String(r.cooperative_id),
      ...(q.by === "household" ? { household_id: String(r.household_id) } : {}),
      obligations: Number(r.obligations),
      paid: Number(r.paid),
      payments: Number(r.payments),
      confirmed: Number(r.confirmed),
      disputed: Number(r.disputed),
      outstanding: Number(r.outstanding),
      late: Number(o?.late ?? 0),
      oldest_due_on: o?.oldest_due_on
        ? new Date(o.oldest_due_on as string)
        : null,
      households_paid:
        q.by === "household"
          ? Number(r.paid) > 0
            ? 1
            : 0
          : Number(r.households_paid),
      below_floor: Number(o?.below_floor ?? 0),
      floor_shortfall: Number(o?.floor_shortfall ?? 0),
    }
  })
}

export type OpenObligationQuery = {
  cooperative_ids: string[]
  // late: unsettled and due before `before`; below_floor: produce paid
  // for, but less than its floor made it worth, due before `before`.
  kind: "late" | "below_floor"
  before: Date
}

// Obligations a report lists one by one (late payments, purchases paid
// below the floor), oldest due first; read through the partial index of
// unsettled obligations.
export function openObligations(knex: Knex, q: OpenObligationQuery) {
  const rows = knex("linkage_obligation as o")
    .whereRaw("o.cooperative_id = any(?)", [ids(knex, q.cooperative_ids)])
    .whereNull("o.deleted_at")
    .whereRaw("o.settled < o.amount")
    .where("o.due_on", "<", q.before)
  if (q.kind === "below_floor")
    rows.whereRaw("o.settled > 0 and o.settled < o.floor_amount")
  return rows
}

export const OPEN_OBLIGATION_FIELDS = [
  "o.id",
  "o.cooperative_id",
  "o.household_id",
  "o.agreement_id",
  "o.kind",
  "o.source_type",
  "o.source_id",
  "o.basis",
  "o.amount",
  "o.settled",
  "o.floor_amount",
  "o.due_on",
]
