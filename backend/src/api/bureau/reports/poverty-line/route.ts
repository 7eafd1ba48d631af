import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { yearRange } from "../../../../lib/reports/periods"
import { povertyLineFor } from "../../../../lib/reports/poverty-line"
import { sendReport } from "../../../utils/report-response"
import { INCOME_COLUMNS, incomeView } from "../../../utils/report-views"
import { bureauReportContext, householdReport } from "../scope"
import type { ReportYearParamsType } from "../validators"

// Attributed income per household member in a year against the poverty
// line in force that year, lowest first; below_line_only=true keeps the
// households still under it.
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
  await sendReport(res, {
    name: "households",
    format: params.format,
    source: householdReport<Parameters<typeof view>[0]>(req, {
      kind: "income",
      scope,
      incomes: await ledger.householdIncomes(yearRange(year), scope),
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
