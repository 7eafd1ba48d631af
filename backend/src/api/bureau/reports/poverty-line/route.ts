import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { yearRange } from "../../../../lib/reports/periods"
import { povertyLineFor } from "../../../../lib/reports/poverty-line"
import { LINKAGE_MODULE } from "../../../../modules/linkage"
import type LinkageModuleService from "../../../../modules/linkage/service"
import { sendReport } from "../../../utils/report-response"
import { INCOME_COLUMNS, incomeView } from "../../../utils/report-views"
import { bureauReportContext, householdReport } from "../scope"
import type { ReportYearParamsType } from "../validators"
import { reportCsvLayout } from "../../../utils/report-csv"

// Income per household member in a year against the poverty line in force
// that year, lowest first: what the household confirmed receiving from
// cooperatives (the linkage module's rollups) plus the other income the
// registry import recorded for the year, with the shop revenue traced
// to it beside — labeled, never counted as income. below_line_only=true
// keeps the households still under it; a lifted household is never
// counted below.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportYearParamsType>,
  res: MedusaResponse
) => {
  const { params, scope, ledger } = await bureauReportContext(req)
  const year = params.year ?? new Date().getFullYear()
  const line = povertyLineFor(
    year,
    await ledger.listPovertyLines({}, { take: null })
  )
  const view = incomeView(line?.amount ?? null)
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  await sendReport(res, {
    name: "households",
    format: params.format,
    csv: await reportCsvLayout(req, params),
    source: householdReport<Parameters<typeof view>[0]>(req, {
      kind: "income",
      scope: { ...scope, township: params.township },
      incomes: await linkage.confirmedIncomes(year),
      revenue: await ledger.householdIncomes(yearRange(year), scope),
      other_income_year: year,
      below_per_member:
        params.below_line_only && line ? line.amount : undefined,
    }),
    limit: params.limit,
    offset: params.offset,
    view,
    columns: INCOME_COLUMNS,
    extra: {
      year,
      poverty_line: line ? { year: line.year, amount: line.amount } : null,
    },
  })
}
