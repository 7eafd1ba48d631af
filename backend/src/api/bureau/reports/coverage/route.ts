import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { yearRange } from "../../../../lib/reports/periods"
import { HOUSEHOLD_MODULE } from "../../../../modules/household"
import type { CoverageRow } from "../../../../modules/household/read-model"
import type HouseholdModuleService from "../../../../modules/household/service"
import { LINKAGE_MODULE } from "../../../../modules/linkage"
import type LinkageModuleService from "../../../../modules/linkage/service"
import {
  listReport,
  type ReportColumn,
  sendReport,
} from "../../../utils/report-response"
import { bureauReportContext } from "../scope"
import type { ReportCoverageParamsType } from "../validators"
import { boundHouseholds } from "./bound"
import { reportCsvLayout } from "../../../utils/report-csv"

type Row = CoverageRow & { binding_rate_bp: number | null }

// Basis points of b in a (null when a is 0).
const rate = (b: number, a: number) =>
  a ? Math.floor((b * 10_000) / a) : null

const COLUMNS: ReportColumn<Row>[] = [
  { header: "county_code", value: (r) => r.county_code },
  { header: "township", value: (r) => r.township },
  { header: "households", value: (r) => r.households },
  { header: "members", value: (r) => r.members },
  { header: "not_lifted", value: (r) => r.not_lifted },
  { header: "bound", value: (r) => r.bound },
  { header: "binding_rate_bp", value: (r) => r.binding_rate_bp },
  { header: "with_revenue", value: (r) => r.with_revenue },
  { header: "with_confirmed_payouts", value: (r) => r.with_payouts },
]

// How far the marketplace reaches the registry, per county (or township)
// of the jurisdiction: registered households (verified against the
// registry) not yet lifted, how many of them belong to an approved
// cooperative (the binding rate), how many had attributed revenue and how
// many confirmed payouts in the year. Totals for the whole scope beside.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportCoverageParamsType>,
  res: MedusaResponse
) => {
  const { params, scope, ledger } = await bureauReportContext(req)
  const year = params.year ?? new Date().getFullYear()
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const [bound, revenue, payouts] = await Promise.all([
    boundHouseholds(req),
    ledger.householdIncomes(yearRange(year), scope),
    linkage.confirmedIncomes(year),
  ])
  const positive = (rows: { household_id: string; income: number }[]) =>
    rows.filter((r) => Number(r.income) > 0).map((r) => r.household_id)
  const rows: Row[] = (
    await households.coverage({
      scope,
      group_by: params.group_by,
      bound,
      with_revenue: positive(revenue),
      with_payouts: positive(payouts),
    })
  ).map((r) => ({ ...r, binding_rate_bp: rate(r.bound, r.not_lifted) }))
  const sum = (key: keyof CoverageRow) =>
    rows.reduce((total, r) => total + Number(r[key]), 0)
  const totals = {
    households: sum("households"),
    members: sum("members"),
    not_lifted: sum("not_lifted"),
    bound: sum("bound"),
    binding_rate_bp: rate(sum("bound"), sum("not_lifted")),
    with_revenue: sum("with_revenue"),
    with_confirmed_payouts: sum("with_payouts"),
  }
  await sendReport(res, {
    name: "coverage",
    format: params.format,
    csv: await reportCsvLayout(req, params),
    source: listReport(async () => rows),
    limit: params.limit,
    offset: params.offset,
    view: (r: Row) => r,
    columns: COLUMNS,
    extra: { year, group_by: params.group_by, totals },
  })
}
