import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ATTRIBUTION_MODULE } from "../../../../modules/attribution"
import type AttributionModuleService from "../../../../modules/attribution/service"
import { incomePerMemberRows } from "../../../../lib/reports/household-income-query"
import { yearRange } from "../../../../lib/reports/periods"
import { povertyLineFor } from "../../../../lib/reports/poverty-line"
import { sendReport } from "../../../utils/report-response"
import { INCOME_COLUMNS, incomeView } from "../../../utils/report-views"
import { bureauReportContext } from "../scope"
import type { ReportYearParamsType } from "../validators"

// Attributed income per household member in a year against the poverty
// line in force that year, lowest first; below_line_only=true keeps the
// households still under it.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportYearParamsType>,
  res: MedusaResponse
) => {
  const { params, scope, knex } = await bureauReportContext(req)
  const year = params.year ?? new Date().getFullYear()
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  const line = povertyLineFor(
    year,
    await ledger.listPovertyLines({}, { take: null })
  )
  await sendReport(res, {
    name: "households",
    knex,
    format: params.format,
    rows: incomePerMemberRows(
      knex,
      yearRange(year),
      scope,
      params.below_line_only && line ? line.amount : undefined
    ),
    limit: params.limit,
    offset: params.offset,
    view: incomeView(line?.amount ?? null),
    columns: INCOME_COLUMNS,
    extra: {
      year,
      poverty_line: line ? { year: line.year, amount: line.amount } : null,
    },
  })
}
