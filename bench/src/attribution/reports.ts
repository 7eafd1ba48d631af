import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { withNames } from "../../../backend/src/api/utils/report-names"
import { ATTRIBUTION_MODULE } from "../../../backend/src/modules/attribution"
import {
  type AttributionQuery,
  type AttributionRow,
  attributionRows,
} from "../../../backend/src/modules/attribution/read-model"
import type AttributionModuleService from "../../../backend/src/modules/attribution/service"
import { HOUSEHOLD_MODULE } from "../../../backend/src/modules/household"
import {
  type HouseholdReport,
  householdReportRows,
} from "../../../backend/src/modules/household/read-model"
import type HouseholdModuleService from "../../../backend/src/modules/household/service"
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

// The bureau report endpoints' reads, through the same module methods (the
// attribution module's rollups, the household module's households, names
// through query.graph), each 1 warm-up + `runs` timed runs.
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
  const ledger = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
  const registry = container.resolve<HouseholdModuleService>(HOUSEHOLD_MODULE)
  const attribution = (q: AttributionQuery) => async () => {
    const [, found] = await Promise.all([
      ledger.attributionTotals(q),
      ledger.attributionPage(q, { limit: PAGE, offset: 0 }),
    ])
    await withNames<AttributionRow>(
      container,
      q.group_by,
      (r) => r.key
    )(found.rows)
    return { rows: found.rows.length, count: found.count }
  }
  // A household report as its endpoint runs it: the incomes from the
  // ledger's rollups, then the households' page beside them.
  const households = (report: () => Promise<HouseholdReport>) => async () => {
    const found = await registry.householdReportPage(await report(), {
      limit: PAGE,
      offset: 0,
    })
    return { rows: found.rows.length, count: found.count }
  }
  const incomeReport = async (): Promise<HouseholdReport> => ({
    kind: "income",
    scope: SCOPE,
    incomes: await ledger.householdIncomes(yearRange(year), SCOPE),
  })
  const omittedReport = async (): Promise<HouseholdReport> => ({
    kind: "omitted",
    scope: SCOPE,
    incomes: await ledger.householdIncomes(months, SCOPE),
  })
  const declineReport = async (): Promise<HouseholdReport> => ({
    kind: "declining",
    scope: SCOPE,
    previous: await ledger.householdIncomes(yearRange(year - 1), SCOPE),
    current: await ledger.householdIncomes(yearRange(year), SCOPE),
  })
  const naive = (q: AttributionQuery) => async () => {
    await naiveAttributionTotals(knex, q)
    return page(knex, naiveAttributionRows(knex, q))
  }
  const cases: {
    name: string
    endpoint: string
    run: () => Promise<{ rows: number } | unknown[]>
    rows?: () => Promise<Knex.QueryBuilder>
  }[] = [
    {
      name: "attribution by county × month",
      endpoint: `GET /bureau/reports/attribution?group_by=county&grain=month (${months.from}…${months.to})`,
      run: attribution(byCounty),
      rows: async () => attributionRows(knex, byCounty),
    },
    {
      name: "attribution by household × year",
      endpoint: `GET /bureau/reports/attribution?group_by=household&grain=year&limit=${PAGE}`,
      run: attribution(byHousehold),
      rows: async () => attributionRows(knex, byHousehold),
    },
    {
      name: "income per member (poverty line)",
      endpoint: `GET /bureau/reports/poverty-line?year=${year}`,
      run: households(incomeReport),
      rows: async () => householdReportRows(knex, await incomeReport()),
    },
    {
      name: "omitted households",
      endpoint: `GET /bureau/reports/omitted (${months.from}…${months.to})`,
      run: households(omittedReport),
      rows: async () => householdReportRows(knex, await omittedReport()),
    },
    {
      name: "income decline",
      endpoint: `GET /bureau/reports/income-decline?year=${year}`,
      run: households(declineReport),
      rows: async () => householdReportRows(knex, await declineReport()),
    },
    {
      name: "concentration (deciles)",
      endpoint: `GET /bureau/reports/concentration (${months.from}…${months.to})`,
      run: () => ledger.incomeDeciles(months, SCOPE),
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
        ? { plan: await explain(knex, await c.rows()) }
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
