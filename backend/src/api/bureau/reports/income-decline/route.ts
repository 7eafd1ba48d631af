import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { decliningRows } from "../../../../lib/reports/household-income-query"
import { yearRange } from "../../../../lib/reports/periods"
import { sendReport } from "../../../utils/report-response"
import { DECLINE_COLUMNS, declineView } from "../../../utils/report-views"
import { bureauReportScope } from "../scope"
import type { ReportYearParamsType } from "../validators"

// Households whose attributed income fell from the year before to `year`
// (default: this year), largest fall first: at risk of returning to poverty.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportYearParamsType>,
  res: MedusaResponse
) => {
  const params = req.validatedQuery
  const scope = await bureauReportScope(req, params.county_code)
  const year = params.year ?? new Date().getFullYear()
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
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
