import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { yearRange } from "../../../../lib/reports/periods"
import { sendReport } from "../../../utils/report-response"
import { DECLINE_COLUMNS, declineView } from "../../../utils/report-views"
import { bureauReportContext, householdReport } from "../scope"
import type { ReportYearParamsType } from "../validators"
import { reportCsvLayout } from "../../../utils/report-csv"

// Households whose attributed income fell from the year before to `year`
// (default: this year), largest fall first: at risk of returning to poverty.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportYearParamsType>,
  res: MedusaResponse
) => {
  const { params, scope, ledger } = await bureauReportContext(req)
  const year = params.year ?? new Date().getFullYear()
  await sendReport(res, {
    name: "households",
    format: params.format,
    csv: await reportCsvLayout(req, params),
    source: householdReport<Parameters<typeof declineView>[0]>(req, {
      kind: "declining",
      scope: { ...scope, township: params.township },
      previous: await ledger.householdIncomes(yearRange(year - 1), scope),
      current: await ledger.householdIncomes(yearRange(year), scope),
    }),
    limit: params.limit,
    offset: params.offset,
    view: declineView,
    columns: DECLINE_COLUMNS,
    extra: { year, previous_year: year - 1 },
  })
}
