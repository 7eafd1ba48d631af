import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { CsvLayout } from "../../lib/reports/csv-layout"
import { ATTRIBUTION_MODULE } from "../../modules/attribution"
import type { AttributionQuery } from "../../modules/attribution/read-model"
import type AttributionModuleService from "../../modules/attribution/service"
import { reportCsvLayout } from "./report-csv"
import { withNames } from "./report-names"
import { sendReport } from "./report-response"
import { attributionColumns, attributionView } from "./report-views"

// One attribution report answered — a page with totals, or every row as CSV
// — for the bureau's jurisdiction or the operator's whole platform alike.
export async function sendAttributionReport(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  query: AttributionQuery,
  params: {
    format: "json" | "csv"
    layout?: CsvLayout["layout"]
    lang?: CsvLayout["lang"]
    limit: number
    offset: number
  }
) {
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
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
    view: attributionView(query.group_by),
    columns: attributionColumns(query.group_by),
    extra: async () => ({
      from: query.from,
      to: query.to,
      grain: query.grain,
      group_by: query.group_by,
      totals: await ledger.attributionTotals(query),
    }),
  })
}
