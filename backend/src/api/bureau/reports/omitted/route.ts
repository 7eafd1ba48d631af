import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { omittedRows } from "../../../../lib/reports/household-income-query"
import { periodRange } from "../../../../lib/reports/periods"
import { sendReport } from "../../../utils/report-response"
import { HOUSEHOLD_COLUMNS, householdView } from "../../../utils/report-views"
import { bureauReportScope } from "../scope"
import type { ReportRangeParamsType } from "../validators"

// Households in the jurisdiction with no attributed income in the period
// (default: the last twelve months): the omitted-aid list.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportRangeParamsType>,
  res: MedusaResponse
) => {
  const params = req.validatedQuery
  const scope = await bureauReportScope(req, params.county_code)
  const range = periodRange("month", params.from, params.to)
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
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
