import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { timed } from "../lib/timing"
import type { Container } from "./context"

export type LedgerStats = {
  entries: number
  synthetic_entries: number
  rollup_rows: Record<string, number>
  batch_totals: number
  // pg_total_relation_size: table, indexes and TOAST.
  size_mb: Record<string, number>
}

// The ledger and what recordEntries keeps beside it.
const LEDGER_TABLES = [
  "attribution_entry",
  "attribution_rollup",
  "attribution_cooperative_rollup",
  "attribution_household_rollup",
  "attribution_batch_total",
]

// Bulk loading leaves the planner without statistics and the heap without a
// visibility map; production's autovacuum would have caught up, so do it now.
export async function vacuumLedger(knex: Knex): Promise<number> {
  const { ms } = await timed(() =>
    knex.raw(`vacuum (analyze) ${LEDGER_TABLES.join(", ")}`)
  )
  return Math.round(ms) / 1000
}

export async function ledgerStats(container: Container): Promise<LedgerStats> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [entries] = await knex("attribution_entry").select(
    knex.raw("count(*)::int as total"),
    knex.raw(
      "count(*) filter (where source_event_id like 'synthetic:%')::int as synthetic"
    )
  )
  const grains: { grain: string; rows: number }[] = await knex(
    "attribution_rollup"
  )
    .select("grain", knex.raw("count(*)::int as rows"))
    .groupBy("grain")
  const [totals] = await knex("attribution_batch_total").count({ n: "*" })
  const sizes: { name: string; mb: number }[] = (
    await knex.raw(
      `select relname as name,
              round(pg_total_relation_size(oid) / 1048576.0, 1)::float as mb
         from pg_class
        where relname::text = any(?::text[])`,
      [LEDGER_TABLES]
    )
  ).rows
  return {
    entries: entries.total,
    synthetic_entries: entries.synthetic,
    rollup_rows: Object.fromEntries(grains.map((g) => [g.grain, g.rows])),
    batch_totals: Number(totals.n),
    size_mb: Object.fromEntries(sizes.map((s) => [s.name, s.mb])),
  }
}
