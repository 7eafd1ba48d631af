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
  const householdScope = { ...scope, township: params.township }
  const previous = await ledger.householdIncomes(yearRange(year - 1), scope)
  await sendReport(res, {
    name: "households",
    format: params.format,
    csv: await reportCsvLayout(req, params),
    source: householdReport<Parameters<typeof declineView>[0]>(req, {
      kind: "declining",
      scope: householdScope,
      previous,
      current: await ledger.householdIncomes(yearRange(year), scope),
    }),
    limit: params.limit,
    offset: params.offset,
    view: declineView,
    columns: DECLINE_COLUMNS,
    // How many households had income the year before: with none there is
    // nothing to compare, which is not the same as no household's falling.
    extra: {
      year,
      previous_year: year - 1,
      previous_year_households: previous.length,
    },
  })
}
