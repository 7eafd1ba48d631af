import type { Knex } from "@medusajs/framework/mikro-orm/knex"

// The linkage module's report read model: sums over its own ledger per
// cooperative, in fen. Cooperatives are chosen by the caller (a reviewer's
// jurisdiction, through query.graph).

export type CooperativeBenefit = {
  cooperative_id: string
  // Owed for produce, work, dividends and rent falling due in the range.
  obligations: number
  // Payments made in the range, less their reversals.
  paid: number
  // Of those, what the households confirmed on their slips, and what they
  // disputed (not received, or a wrong amount).
  confirmed: number
  disputed: number
  // All that fell due by the end of the range and is not settled yet.
  outstanding: number
  // Households that received a payment that stands in the range.
  households_paid: number
}

// A PostgreSQL text[] literal, each element quoted.
const textArray = (values: string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`

const sumOf = (knex: Knex, sql: string) =>
  knex.raw(`coalesce(${sql}, 0)::bigint`)

export function cooperativeBenefits(
  knex: Knex,
  cooperativeIds: string[],
  range: { from: string; to: string }
) {
  const standing = knex("linkage_payout as p")
    .where("p.entry", "payment")
    .whereNull("p.deleted_at")
    .whereNotExists(
      knex("linkage_payout as r").whereRaw("r.reverses_id = p.id")
    )
    .whereRaw("p.paid_on >= ?::date", [range.from])
    .whereRaw("p.paid_on < ?::date + 1", [range.to])
  const answered = (outcomes: string[]) =>
    knex("linkage_payout_response as a")
      .whereRaw("a.payout_id = p.id")
      .whereIn("a.outcome", outcomes)
  return knex
    .from(knex.raw("unnest(?::text[]) as c(id)", [textArray(cooperativeIds)]))
    .select(
      "c.id as cooperative_id",
      knex
        .from("linkage_obligation as o")
        .where("o.cooperative_id", knex.ref("c.id"))
        .whereNull("o.deleted_at")
        .whereRaw("o.due_on >= ?::date", [range.from])
        .whereRaw("o.due_on < ?::date + 1", [range.to])
        .select(sumOf(knex, "sum(o.amount)"))
        .as("obligations"),
      standing
        .clone()
        .where("p.cooperative_id", knex.ref("c.id"))
        .select(sumOf(knex, "sum(p.amount)"))
        .as("paid"),
      standing
        .clone()
        .where("p.cooperative_id", knex.ref("c.id"))
        .whereExists(answered(["confirmed"]))
        .select(sumOf(knex, "sum(p.amount)"))
        .as("confirmed"),
      standing
        .clone()
        .where("p.cooperative_id", knex.ref("c.id"))
        .whereExists(answered(["not_received", "wrong_amount"]))
        .select(sumOf(knex, "sum(p.amount)"))
        .as("disputed"),
      standing
        .clone()
        .where("p.cooperative_id", knex.ref("c.id"))
        .select(knex.raw("count(distinct p.household_id)::int"))
        .as("households_paid"),
      knex
        .from("linkage_obligation as o")
        .where("o.cooperative_id", knex.ref("c.id"))
        .whereNull("o.deleted_at")
        .whereRaw("o.due_on < ?::date + 1", [range.to])
        .select(
          sumOf(
            knex,
            `sum(o.amount - coalesce((
               select sum(s.amount) from linkage_settlement s
                 join linkage_payout sp on sp.id = s.payout_id
                where s.obligation_id = o.id
                  and not exists (select 1 from linkage_payout r
                                   where r.reverses_id = sp.id)), 0))`
          )
        )
        .as("outstanding")
    )
}
