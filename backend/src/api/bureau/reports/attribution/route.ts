import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { periodRange } from "../../../../lib/reports/periods"
import { ATTRIBUTION_MODULE } from "../../../../modules/attribution"
import type { AttributionQuery } from "../../../../modules/attribution/read-model"
import type AttributionModuleService from "../../../../modules/attribution/service"
import { withNames } from "../../../utils/report-names"
import { sendReport } from "../../../utils/report-response"
import {
  attributionColumns,
  attributionView,
} from "../../../utils/report-views"
import { bureauReportContext, registeredScope } from "../scope"
import type { ReportAttributionParamsType } from "../validators"
import { reportCsvLayout } from "../../../utils/report-csv"

// Attributed money in the jurisdiction by county, cooperative or household
// and by day, month or year, with totals; format=csv exports all of it.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportAttributionParamsType>,
  res: MedusaResponse
) => {
  const context = await bureauReportContext(req)
  const { params } = context
  const scope = await registeredScope(req, context.scope)
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  const query: AttributionQuery = {
    ...scope,
    ...periodRange(params.grain, params.from, params.to),
    grain: params.grain,
    group_by: params.group_by,
    cooperative_id: params.cooperative_id,
  }
  await sendReport(res, {
    name: "attribution",
    format: params.format,
    csv: await reportCsvLayout(req, params),
    source: {
      page: (limit, offset) => ledger.attributionPage(query, { limit, offset }),
      stream: () => ledger.attributionStream(query),
    },
    enrich: withNames(req.scope, query.group_by, (row) => row.key),
    limit: params.limit,
    offset: params.offset,
    view: attributionView(params.group_by),
    columns: attributionColumns(params.group_by),
    extra: async () => ({
      from: query.from,
      to: query.to,
      grain: query.grain,
      group_by: query.group_by,
      totals: await ledger.attributionTotals(query),
    }),
  })
}
