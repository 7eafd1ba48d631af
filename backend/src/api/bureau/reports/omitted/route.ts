import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { omittedRows } from "../../../../lib/reports/household-income-query"
import { periodRange } from "../../../../lib/reports/periods"
import { sendReport } from "../../../utils/report-response"
import { HOUSEHOLD_COLUMNS, householdView } from "../../../utils/report-views"
import { bureauReportContext } from "../scope"
import type { ReportRangeParamsType } from "../validators"

// Households in the jurisdiction with no attributed income in the period
// (default: the last twelve months): the omitted-aid list.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportRangeParamsType>,
  res: MedusaResponse
) => {
  const { params, scope, knex } = await bureauReportContext(req)
  const range = periodRange("month", params.from, params.to)
  await sendReport(res, {
    name: "households",
    knex,
    format: params.format,
    rows: omittedRows(knex, range, scope),
    limit: params.limit,
    offset: params.offset,
    view: householdView,
    columns: HOUSEHOLD_COLUMNS,
    extra: range,
  })
}
