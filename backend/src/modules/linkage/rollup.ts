// The payout ledger's rollups, kept in the transaction that changes the
// ledger (LinkageModuleService) so a report never reads a half-written
// figure, and rebuilt from the ledger by REBUILD_ROLLUPS (the migration
// that introduced them, and bulk loads). Per cooperative × household ×
// year (Beijing time), and the same per cooperative × year with the
// number of households paid (what the jurisdiction-wide reports read):
//   obligations — owed, by the year it fell due;
//   settled     — what standing payments settled of those obligations;
//   paid        — standing payments (not reversed), by the year paid;
//   payments    — their number;
//   confirmed / disputed — of those payments, what the household confirmed
//                 on its slip, or disputed (not received, a wrong amount).
// Each obligation also carries its own `settled` (the database refuses it
// below zero or above the amount). Reconciliation recomputes both from the
// ledger and lists any difference (LinkageModuleService.consistency).

export const YEAR_OF = (column: string) =>
  `extract(year from ${column} at time zone 'Asia/Shanghai')::int`

// Payments that stand: not reversed.
export const STANDING = `p.entry = 'payment' and p.deleted_at is null
  and not exists (select 1 from linkage_payout r where r.reverses_id = p.id)`

// Settlements that count: those of standing payments.
export const LIVE_SETTLEMENTS = `
  select s.obligation_id, sum(s.amount)::bigint as settled
    from linkage_settlement s
    join linkage_payout p on p.id = s.payout_id
   where ${STANDING}
   group by s.obligation_id`

// The rollup as the ledger says it should be.
export const ROLLUP_FROM_LEDGER = `
  select cooperative_id, household_id, year,
         sum(obligations)::bigint as obligations, sum(settled)::bigint as settled,
         sum(paid)::bigint as paid, sum(payments)::int as payments,
         sum(confirmed)::bigint as confirmed, sum(disputed)::bigint as disputed
    from (
      select o.cooperative_id, o.household_id, ${YEAR_OF("o.due_on")} as year,
             o.amount as obligations, coalesce(l.settled, 0) as settled,
             0 as paid, 0 as payments, 0 as confirmed, 0 as disputed
        from linkage_obligation o
        left join (${LIVE_SETTLEMENTS}) l on l.obligation_id = o.id
       where o.deleted_at is null
      union all
      select p.cooperative_id, p.household_id, ${YEAR_OF("p.paid_on")},
             0, 0, p.amount, 1,
             case when a.outcome = 'confirmed' then p.amount else 0 end,
             case when a.outcome in ('not_received', 'wrong_amount')
                  then p.amount else 0 end
        from linkage_payout p
        left join lateral (
          select outcome from linkage_payout_response a
           where a.payout_id = p.id and a.deleted_at is null
           order by a.created_at limit 1) a on true
       where ${STANDING}
    ) f
   group by cooperative_id, household_id, year`

export type RollupDelta = {
  cooperative_id: string
  household_id: string
  year: number
  obligations?: number
  settled?: number
  paid?: number
  payments?: number
  confirmed?: number
  disputed?: number
}

export const ROLLUP_COLUMNS = [
  "obligations",
  "settled",
  "paid",
  "payments",
  "confirmed",
  "disputed",
] as const

const COLS = ROLLUP_COLUMNS.join(", ")

// Adds deltas to the household rollup (one JSON parameter), and the same
// sums to the cooperative rollup, with households_paid moved when a
// household's paid in the year crosses zero. Rows are upserted in key
// order, household rows before their cooperative's, so two transactions
// touching the same rows wait, never deadlock.
export const FOLD_DELTAS = `
  with d as (
    select cooperative_id, household_id, year,
           ${ROLLUP_COLUMNS.map((c) => `sum(coalesce(${c}, 0))::bigint as ${c}`).join(", ")}
      from jsonb_to_recordset(?::jsonb) as d(cooperative_id text,
           household_id text, year int,
           ${ROLLUP_COLUMNS.map((c) => `${c} bigint`).join(", ")})
     group by cooperative_id, year, household_id),
  h as (
    insert into linkage_rollup as r (cooperative_id, household_id, year, ${COLS})
    select cooperative_id, household_id, year, ${COLS}
      from d order by cooperative_id, year, household_id
    on conflict (cooperative_id, year, household_id) do update set
    ${ROLLUP_COLUMNS.map((c) => `${c} = r.${c} + excluded.${c}`).join(",\n    ")}
    returning r.cooperative_id, r.household_id, r.year, r.paid),
  c as (
    select d.cooperative_id, d.year,
           ${ROLLUP_COLUMNS.map((c) => `sum(d.${c})::bigint as ${c}`).join(", ")},
           sum(case when h.paid > 0 and h.paid - d.paid <= 0 then 1
                    when h.paid <= 0 and h.paid - d.paid > 0 then -1
                    else 0 end)::int as households_paid
      from d join h using (cooperative_id, household_id, year)
     group by d.cooperative_id, d.year)
  insert into linkage_cooperative_rollup as k
    (cooperative_id, year, ${COLS}, households_paid)
  select cooperative_id, year, ${COLS}, households_paid
    from c order by cooperative_id, year
  on conflict (cooperative_id, year) do update set
  ${[...ROLLUP_COLUMNS, "households_paid"].map((c) => `${c} = k.${c} + excluded.${c}`).join(",\n    ")}`

// The cooperative rollup as the household rollup says it should be.
export const COOPERATIVE_ROLLUP_FROM_HOUSEHOLDS = `
  select cooperative_id, year,
         ${ROLLUP_COLUMNS.map((c) => `sum(${c})::bigint as ${c}`).join(", ")},
         (count(*) filter (where paid > 0))::int as households_paid
    from linkage_rollup group by cooperative_id, year`

export const REBUILD_HOUSEHOLD_ROLLUPS = [
  `update linkage_obligation o
      set settled = coalesce((
        select sum(s.amount) from linkage_settlement s
          join linkage_payout p on p.id = s.payout_id
         where s.obligation_id = o.id and ${STANDING}), 0)`,
  `delete from linkage_rollup`,
  `insert into linkage_rollup
     (cooperative_id, household_id, year, obligations, settled, paid,
      payments, confirmed, disputed)
   ${ROLLUP_FROM_LEDGER}`,
]

export const REBUILD_COOPERATIVE_ROLLUP = [
  `delete from linkage_cooperative_rollup`,
  `insert into linkage_cooperative_rollup
     (cooperative_id, year, obligations, settled, paid, payments, confirmed,
      disputed, households_paid)
   select * from (${COOPERATIVE_ROLLUP_FROM_HOUSEHOLDS}) k`,
]

export const REBUILD_ROLLUPS = [
  ...REBUILD_HOUSEHOLD_ROLLUPS,
  ...REBUILD_COOPERATIVE_ROLLUP,
]
