import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { type BaseStore, log } from "./attribution/context"
import { ledgerStats, vacuumLedger } from "./attribution/ledger-stats"
import { benchOrderFlows } from "./attribution/order-flows"
import { benchRecordEntries } from "./attribution/record-entries"
import { benchReports } from "./attribution/reports"
import { detachProjectSubscribers } from "./attribution/subscribers"
import { ensureSyntheticLedger } from "./attribution/synthetic-ledger"

const number = (value: string | undefined, fallback: number) =>
  value && Number.isFinite(Number(value)) ? Number(value) : fallback

// The attribution issue's two numbers, for `medusa exec` (run by
// bench/run.mjs against the bench database): what allocation and
// attribution add to placing and capturing an order, against stock Medusa in
// the same run; and bureau report latency over a 1,000,000-row ledger.
// Settings come from the environment; the result is written as JSON to
// BENCH_RESULT_FILE for the runner to print and keep.
export default async function benchAttribution({
  container,
}: ExecArgs): Promise<void> {
  const started = new Date()
  const env = process.env
  const store = JSON.parse(env.BENCH_BASE_STORE ?? "null") as BaseStore | null
  if (!store?.regionId || !store.salesChannelId) {
    throw new Error("BENCH_BASE_STORE is not set: run `npm run bench`")
  }
  const options = {
    pairs: number(env.BENCH_ORDERS, 32),
    warmup: number(env.BENCH_WARMUP, 3),
    ledgerRows: number(env.BENCH_LEDGER_ROWS, 1_000_000),
    rowsPerCall: number(env.BENCH_ROWS_PER_CALL, 10_000),
    writers: number(env.BENCH_WRITERS, 2),
    reportRuns: number(env.BENCH_REPORT_RUNS, 10),
    recordSize: 30,
  }
  // Every id this run makes carries the tag, so runs never collide.
  const tag = started.getTime().toString(36)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const phases: Record<string, number> = {}
  const phase = async <T>(name: string, action: () => Promise<T>) => {
    const t0 = Date.now()
    log(container, `${name} …`)
    const result = await action()
    phases[name] = (Date.now() - t0) / 1000
    log(container, `${name}: ${phases[name]} s`)
    return result
  }

  const detached = await detachProjectSubscribers(container)
  const ledger = await phase("synthetic ledger", () =>
    ensureSyntheticLedger(container, {
      target: options.ledgerRows,
      perCall: options.rowsPerCall,
      writers: options.writers,
      tag,
      now: started.getTime(),
    })
  )
  const vacuum_s = await phase("vacuum analyze", () => vacuumLedger(knex))
  const flows = await phase("placement and capture", () =>
    benchOrderFlows(container, store, {
      pairs: options.pairs,
      warmup: options.warmup,
      tag,
    })
  )
  const reports = await phase("bureau reports", () =>
    benchReports(container, { runs: options.reportRuns, now: started })
  )
  const recordEntries = await phase("recordEntries", () =>
    benchRecordEntries(container, {
      runs: options.reportRuns,
      size: options.recordSize,
      tag,
      now: started.getTime(),
    })
  )
  const { rows: version } = await knex.raw("show server_version")

  const result = {
    benchmark: "attribution",
    started_at: started.toISOString(),
    postgres: (version as { server_version: string }[])[0]?.server_version,
    options,
    subscribers_detached: detached,
    placement: { ...flows.placement, orders_per_side: flows.pairs },
    capture: flows.capture,
    checks: flows.checks,
    ledger: {
      generation: ledger,
      vacuum_s,
      after: await ledgerStats(container),
    },
    reports: reports.reports,
    rollups_vs_ledger_scan: reports.rollups,
    record_entries_30: recordEntries,
    phases_s: phases,
  }
  const file = env.BENCH_RESULT_FILE
  if (file) fs.writeFileSync(file, JSON.stringify(result, null, 2))
  else log(container, JSON.stringify(result, null, 2))
}
