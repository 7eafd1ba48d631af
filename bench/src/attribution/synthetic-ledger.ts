import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ATTRIBUTION_MODULE } from "../../../backend/src/modules/attribution"
import type AttributionModuleService from "../../../backend/src/modules/attribution/service"
import type { EntryInput } from "../../../backend/src/modules/attribution/service"
import { seededRandom } from "../../../seed/src/demo/random"
import { type Summary, summarize, timed } from "../lib/timing"
import { type Container, log } from "./context"
import { lineTemplates, syntheticOrderEntries } from "./synthetic-orders"

export type LedgerGeneration = {
  target_rows: number
  existing_rows: number
  written_rows: number
  calls: number
  rows_per_call: number
  writers: number
  // Duration of one recordEntries call of ~rows_per_call rows.
  call_ms: Summary | null
  wall_s: number
  // Rows written per second of the generation's wall time (ledger + rollups).
  write_rows_per_s: number | null
}

export async function countSyntheticRows(knex: Knex): Promise<number> {
  const row = await knex("attribution_entry")
    .where("source_event_id", "like", "synthetic:%")
    .count({ count: "*" })
    .first()
  return Number(row?.count ?? 0)
}

// Tops the ledger up to `target` synthetic rows through recordEntries, about
// `perCall` rows (whole orders) per call, so the rollups are exactly what
// production would have. Nothing is written when enough are there already.
// `writers` calls run at once, each for its own cooperatives: rollup rows
// and batch totals are keyed by cooperative, so concurrent writers never
// update the same row (no lock waits, no deadlocks), and while one writer's
// statement runs in PostgreSQL the other prepares its call in Node.
export async function ensureSyntheticLedger(
  container: Container,
  options: {
    target: number
    perCall: number
    writers: number
    tag: string
    now: number
  }
): Promise<LedgerGeneration> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const ledger: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  const existing = await countSyntheticRows(knex)
  const result: LedgerGeneration = {
    target_rows: options.target,
    existing_rows: existing,
    written_rows: 0,
    calls: 0,
    rows_per_call: options.perCall,
    writers: options.writers,
    call_ms: null,
    wall_s: 0,
    write_rows_per_s: null,
  }
  if (existing >= options.target) {
    log(container, `synthetic ledger: ${existing} rows already there`)
    return result
  }
  const templates = await lineTemplates(container)
  const cooperatives = [
    ...new Set(templates.map((t) => t.cooperative_id)),
  ].sort()
  const partitions = Array.from({ length: options.writers }, (_, w) =>
    templates.filter(
      (t) => cooperatives.indexOf(t.cooperative_id) % options.writers === w
    )
  ).filter((p) => p.length)
  if (!partitions.length) throw new Error("the bench database has no batches")
  const callMs: number[] = []
  let nextReport = 100_000
  const started = Date.now()
  const writer = async (part: typeof templates, w: number) => {
    const random = seededRandom((Number.parseInt(options.tag, 36) + w) >>> 0)
    for (let order = 0; existing + result.written_rows < options.target;) {
      const entries: EntryInput[] = []
      while (entries.length < options.perCall) {
        entries.push(
          ...syntheticOrderEntries(part, random, {
            order: `${options.tag}_${w}_${order++}`,
            now: options.now,
          })
        )
      }
      const { ms, result: written } = await timed(() =>
        ledger.recordEntries(entries)
      )
      callMs.push(ms)
      result.calls++
      result.written_rows += written.length
      if (result.written_rows >= nextReport) {
        nextReport += 100_000
        log(
          container,
          `synthetic ledger ${existing + result.written_rows}/${options.target} rows, ${Math.round(
            (result.written_rows * 1000) / (Date.now() - started)
          )} rows/s`
        )
      }
    }
  }
  await Promise.all(partitions.map((part, w) => writer(part, w)))
  const wallMs = Date.now() - started
  result.wall_s = wallMs / 1000
  result.call_ms = summarize(callMs)
  result.write_rows_per_s = Math.round((result.written_rows * 1000) / wallMs)
  return result
}
