import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  type AttributionQuery,
  attributionRows,
  attributionTotals,
} from "../../../backend/src/lib/reports/attribution-query"
import {
  concentration,
  decliningRows,
  incomePerMemberRows,
  omittedRows,
} from "../../../backend/src/lib/reports/household-income-query"
import {
  periodRange,
  yearRange,
} from "../../../backend/src/lib/reports/periods"
import { sample, type Summary, summarize } from "../lib/timing"
import { type Container, log } from "./context"
import { naiveAttributionRows, naiveAttributionTotals } from "./naive-report"

// A province reviewer (Sichuan, "51") sees every demo county.
const SCOPE = { county_prefix: "51" }
const PAGE = 50
// Reports slower than this at p50 get their plan recorded in the results.
const EXPLAIN_ABOVE_MS = 50

export type ReportTiming = {
  name: string
  endpoint: string
  summary: Summary
  rows: number
  plan?: string
}

export type RollupComparison = {
  name: string
  rollup: Summary
  ledger_scan: Summary
  // ledger scan / rollups: how many times faster the rollups answer.
  speedup_p50: number
}

// What the JSON form of sendReport runs: one page and the count, together.
async function page(knex: Knex, rows: Knex.QueryBuilder) {
  const [found, counted] = await Promise.all([
    rows.clone().limit(PAGE).offset(0),
    knex.count({ count: "*" }).from(rows.clone().clearOrder().as("q")).first(),
  ])
  return {
    rows: (found as unknown[]).length,
    count: Number(counted?.count ?? 0),
  }
}

async function explain(knex: Knex, rows: Knex.QueryBuilder): Promise<string> {
  const result = await knex.raw(
    `explain (analyze, buffers) ${rows.clone().limit(PAGE).toString()}`
  )
  return (result.rows as { "QUERY PLAN": string }[])
    .map((r) => r["QUERY PLAN"])
    .join("\n")
}

// The bureau report endpoints' queries, through the same builders and the
// container's knex, each 1 warm-up + `runs` timed runs.
export async function benchReports(
  container: Container,
  options: { runs: number; now: Date }
): Promise<{ reports: ReportTiming[]; rollups: RollupComparison[] }> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const year = options.now.getFullYear()
  const months = periodRange("month", undefined, undefined, options.now)
  const byCounty: AttributionQuery = {
    ...SCOPE,
    ...months,
    grain: "month",
    group_by: "county",
  }
  const byHousehold: AttributionQuery = {
    ...SCOPE,
    ...periodRange("year", undefined, undefined, options.now),
    grain: "year",
    group_by: "household",
  }
  const attribution = (q: AttributionQuery) => async () => {
    await attributionTotals(knex, q)
    return page(knex, attributionRows(knex, q))
  }
  const naive = (q: AttributionQuery) => async () => {
    await naiveAttributionTotals(knex, q)
    return page(knex, naiveAttributionRows(knex, q))
  }
  const cases: {
    name: string
    endpoint: string
    run: () => Promise<{ rows: number } | unknown[]>
    rows?: () => Knex.QueryBuilder
  }[] = [
    {
      name: "attribution by county × month",
      endpoint: `GET /bureau/reports/attribution?group_by=county&grain=month (${months.from}…${months.to})`,
      run: attribution(byCounty),
      rows: () => attributionRows(knex, byCounty),
    },
    {
      name: "attribution by household × year",
      endpoint: `GET /bureau/reports/attribution?group_by=household&grain=year&limit=${PAGE}`,
      run: attribution(byHousehold),
      rows: () => attributionRows(knex, byHousehold),
    },
    {
      name: "income per member (poverty line)",
      endpoint: `GET /bureau/reports/poverty-line?year=${year}`,
      run: () => page(knex, incomePerMemberRows(knex, yearRange(year), SCOPE)),
      rows: () => incomePerMemberRows(knex, yearRange(year), SCOPE),
    },
    {
      name: "omitted households",
      endpoint: `GET /bureau/reports/omitted (${months.from}…${months.to})`,
      run: () => page(knex, omittedRows(knex, months, SCOPE)),
      rows: () => omittedRows(knex, months, SCOPE),
    },
    {
      name: "income decline",
      endpoint: `GET /bureau/reports/income-decline?year=${year}`,
      run: () =>
        page(
          knex,
          decliningRows(knex, yearRange(year - 1), yearRange(year), SCOPE)
        ),
      rows: () =>
        decliningRows(knex, yearRange(year - 1), yearRange(year), SCOPE),
    },
    {
      name: "concentration (deciles)",
      endpoint: `GET /bureau/reports/concentration (${months.from}…${months.to})`,
      run: () => concentration(knex, months, SCOPE),
    },
  ]
  const reports: ReportTiming[] = []
  for (const c of cases) {
    const samples = await sample(options.runs, c.run)
    const last = await c.run()
    const summary = summarize(samples)
    reports.push({
      name: c.name,
      endpoint: c.endpoint,
      summary,
      rows: Array.isArray(last)
        ? last.length
        : ((last as { count?: number }).count ?? 0),
      ...(c.rows && summary.p50_ms >= EXPLAIN_ABOVE_MS
        ? { plan: await explain(knex, c.rows()) }
        : {}),
    })
    log(container, `report "${c.name}" p50 ${summary.p50_ms} ms`)
  }

  const rollups: RollupComparison[] = []
  for (const [name, q] of [
    ["attribution by county × month", byCounty],
    ["attribution by household × year", byHousehold],
  ] as const) {
    const rollup = summarize(await sample(options.runs, attribution(q)))
    const ledgerScan = summarize(await sample(options.runs, naive(q)))
    rollups.push({
      name,
      rollup,
      ledger_scan: ledgerScan,
      speedup_p50: Math.round((ledgerScan.p50_ms / rollup.p50_ms) * 10) / 10,
    })
    log(
      container,
      `"${name}": rollups p50 ${rollup.p50_ms} ms, ledger scan p50 ${ledgerScan.p50_ms} ms`
    )
  }
  return { reports, rollups }
}
