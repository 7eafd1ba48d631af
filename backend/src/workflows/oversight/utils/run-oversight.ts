import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import {
  evaluateOversight,
  jurisdictionFilter,
  type OversightIncome,
} from "@tianfu/domain"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { OVERSIGHT_MODULE } from "../../../modules/oversight"
import type OversightModuleService from "../../../modules/oversight/service"
import { yearRange } from "../../../lib/reports/periods"
import { povertyLineFor } from "../../../lib/reports/poverty-line"
import { recordAuditEntryWorkflow } from "../../audit/workflows/record-audit-entry"

export type OversightRunRequest = {
  jurisdiction_code: string
  year: number
  trigger: "nightly" | "on_demand"
  requested_by?: string | null
}

// A run that has not moved for this long (its process died) no longer
// holds the next one up.
const STALE_MS = () =>
  Number(process.env.OVERSIGHT_RUN_STALE_MINUTES ?? 30) * 60_000

const overlaps = (a: string, b: string) => a.startsWith(b) || b.startsWith(a)

// Opens a run over the jurisdiction's counties, or refuses (409) while
// another run over any of them is under way.
export async function openOversightRun(
  scope: MedusaContainer,
  request: OversightRunRequest
) {
  // One opener at a time: two reviewers asking at once get one run and
  // one 409, not two runs over the same counties.
  const locking = scope.resolve(Modules.LOCKING)
  return locking.execute("oversight-run:open", () => openRun(scope, request), {
    timeout: 30,
  })
}

async function openRun(scope: MedusaContainer, request: OversightRunRequest) {
  const oversight: OversightModuleService = scope.resolve(OVERSIGHT_MODULE)
  const running = await oversight.listOversightRuns(
    { status: "running" },
    { select: ["id", "jurisdiction_code", "updated_at"] }
  )
  for (const run of running) {
    if (!overlaps(run.jurisdiction_code, request.jurisdiction_code)) continue
    if (Date.now() - new Date(run.updated_at).getTime() > STALE_MS()) {
      await oversight.updateOversightRuns({
        id: run.id,
        status: "failed",
        failure: "the run stopped before it finished",
        finished_at: new Date(),
      })
      continue
    }
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "A run of the rules over this jurisdiction is under way; follow it instead"
    )
  }
  const { data: counties } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "county",
      fields: ["code"],
      filters: { code: jurisdictionFilter(request.jurisdiction_code) },
    })
  const run = await oversight.createOversightRuns({
    jurisdiction_code: request.jurisdiction_code,
    year: request.year,
    trigger: request.trigger,
    requested_by: request.requested_by ?? null,
    counties_total: counties.length,
  })
  return {
    run,
    counties: counties.map((c) => c.code as string).sort(),
  }
}

// Runs the rules over each county of an opened run, one county at a time:
// its registered households, their aid in the year, their marketplace
// income (attributed revenue, confirmed payouts) and registry income this
// year and the year before, the poverty line and the county's settings;
// then the county's flags and cases are brought in line in a transaction
// each. Progress moves after each county; a failure fails the run with
// what was done so far kept (each county's write is whole).
export async function executeOversightRun(
  scope: MedusaContainer,
  runId: string,
  counties: string[]
) {
  const oversight: OversightModuleService = scope.resolve(OVERSIGHT_MODULE)
  const households: HouseholdModuleService = scope.resolve(HOUSEHOLD_MODULE)
  const ledger: AttributionModuleService = scope.resolve(ATTRIBUTION_MODULE)
  const linkage: LinkageModuleService = scope.resolve(LINKAGE_MODULE)
  const run = await oversight.retrieveOversightRun(runId)
  const started = Date.now()
  const year = run.year
  const totals = {
    counties_done: 0,
    households: 0,
    aid_records: 0,
    flags_opened: 0,
    flags_reopened: 0,
    flags_cleared: 0,
    cases_opened: 0,
  }
  try {
    const lines = await ledger.listPovertyLines({}, { take: null })
    const line = povertyLineFor(year, lines)?.amount ?? null
    const payouts = new Map<number, Map<string, number>>()
    for (const y of [year - 1, year]) {
      payouts.set(
        y,
        new Map(
          (await linkage.confirmedIncomes(y)).map((p) => [
            p.household_id,
            p.income,
          ])
        )
      )
    }
    for (const county of counties) {
      const members = await households.oversightHouseholds(county, [
        year - 1,
        year,
      ])
      const aid = await oversight.aidForRules(county, year)
      const scopeOf = { county_prefix: county, county_code: county }
      const revenue = async (y: number) =>
        new Map(
          (await ledger.householdIncomes(yearRange(y), scopeOf)).map((r) => [
            r.household_id,
            r.income,
          ])
        )
      const incomeOf = async (y: number) => {
        const sales = await revenue(y)
        const paid = payouts.get(y)!
        return new Map<string, OversightIncome>(
          members.map((h) => [
            h.id,
            {
              revenue: sales.get(h.id) ?? 0,
              payouts: paid.get(h.id) ?? 0,
              other: h.other[y],
            },
          ])
        )
      }
      const found = evaluateOversight({
        year,
        households: members,
        aid,
        income: await incomeOf(year),
        previous_income: await incomeOf(year - 1),
        line,
        settings: await oversight.settingsFor(county),
      })
      const villageOf = new Map(members.map((h) => [h.id, h.village]))
      const flags = await oversight.syncFlags(found.flags, {
        county_code: county,
        year,
      })
      const cases = await oversight.syncCases(
        found.cases.map((c) => ({
          ...c,
          village: villageOf.get(c.household_id) ?? "",
        })),
        { county_code: county, year }
      )
      totals.counties_done++
      totals.households += members.length
      totals.aid_records += aid.length
      totals.flags_opened += flags.opened.length
      totals.flags_reopened += flags.reopened.length
      totals.flags_cleared += flags.cleared.length
      totals.cases_opened += cases.opened.length
      await oversight.updateOversightRuns({ id: runId, ...totals })
    }
    const done = await oversight.updateOversightRuns({
      id: runId,
      status: "completed",
      duration_ms: Date.now() - started,
      finished_at: new Date(),
    })
    if (run.requested_by) {
      await recordAuditEntryWorkflow(scope).run({
        input: {
          actor_type: "bureau_user",
          actor_id: run.requested_by,
          action: "oversight_run.completed",
          resource_type: "oversight_run",
          resource_id: runId,
          county_code: run.jurisdiction_code,
          after: { year, ...totals, duration_ms: done.duration_ms },
        },
      })
    }
    return done
  } catch (error) {
    scope
      .resolve("logger")
      .error(`oversight run ${runId}: ${(error as Error).message}`)
    return oversight.updateOversightRuns({
      id: runId,
      status: "failed",
      failure: "the run stopped before it finished; run it again",
      duration_ms: Date.now() - started,
      finished_at: new Date(),
    })
  }
}

// Opens and runs in one go (the nightly job, seed and benchmarks).
export async function runOversight(
  scope: MedusaContainer,
  request: OversightRunRequest
) {
  const { run, counties } = await openOversightRun(scope, request)
  return executeOversightRun(scope, run.id, counties)
}
