import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { decliningRows } from "../../../../lib/reports/household-income-query"
import { yearRange } from "../../../../lib/reports/periods"
import { sendReport } from "../../../utils/report-response"
import { DECLINE_COLUMNS, declineView } from "../../../utils/report-views"
import { bureauReportContext } from "../scope"
import type { ReportYearParamsType } from "../validators"

// Households whose attributed income fell from the year before to `year`
// (default: this year), largest fall first: at risk of returning to poverty.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportYearParamsType>,
  res: MedusaResponse
) => {
  const { params, scope, knex } = await bureauReportContext(req)
  const year = params.year ?? new Date().getFullYear()
  await sendReport(res, {
    name: "households",
    knex,
    format: params.format,
    rows: decliningRows(knex, yearRange(year - 1), yearRange(year), scope),
    limit: params.limit,
    offset: params.offset,
    view: declineView,
    columns: DECLINE_COLUMNS,
    extra: { year, previous_year: year - 1 },
  })
}
