import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { periodRange } from "../../../../lib/reports/periods"
import { sendReport } from "../../../utils/report-response"
import { HOUSEHOLD_COLUMNS, householdView } from "../../../utils/report-views"
import { bureauReportContext, householdReport } from "../scope"
import type { ReportHouseholdRangeParamsType } from "../validators"
import { reportCsvLayout } from "../../../utils/report-csv"

// Households in the jurisdiction with no attributed income in the period
// (default: the last twelve months): the omitted-aid list.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportHouseholdRangeParamsType>,
  res: MedusaResponse
) => {
  const { params, scope, ledger } = await bureauReportContext(req)
  const range = periodRange("month", params.from, params.to)
  await sendReport(res, {
    name: "households",
    format: params.format,
    csv: await reportCsvLayout(req, params),
    source: householdReport<Parameters<typeof householdView>[0]>(req, {
      kind: "omitted",
      scope: { ...scope, township: params.township },
      incomes: await ledger.householdIncomes(range, scope),
    }),
    limit: params.limit,
    offset: params.offset,
    view: householdView,
    columns: HOUSEHOLD_COLUMNS,
    extra: range,
  })
}
