import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  attributionRows,
  attributionTotals,
} from "../../../../lib/reports/attribution-query"
import { periodRange } from "../../../../lib/reports/periods"
import { sendReport } from "../../../utils/report-response"
import {
  attributionColumns,
  attributionView,
} from "../../../utils/report-views"
import { bureauReportContext } from "../scope"
import type { ReportAttributionParamsType } from "../validators"

// Attributed money in the jurisdiction by county, cooperative or household
// and by day, month or year, with totals; format=csv exports all of it.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportAttributionParamsType>,
  res: MedusaResponse
) => {
  const { params, scope, knex } = await bureauReportContext(req)
  const query = {
    ...scope,
    ...periodRange(params.grain, params.from, params.to),
    grain: params.grain,
    group_by: params.group_by,
    cooperative_id: params.cooperative_id,
  }
  await sendReport(res, {
    name: "attribution",
    knex,
    format: params.format,
    rows: attributionRows(knex, query),
    page: (limit, offset) => attributionRows(knex, query, { limit, offset }),
    limit: params.limit,
    offset: params.offset,
    view: attributionView(params.group_by),
    columns: attributionColumns(params.group_by),
    extra: async () => {
      const totals = await attributionTotals(knex, query)
      return {
        from: query.from,
        to: query.to,
        grain: query.grain,
        group_by: query.group_by,
        totals: {
          sales: Number(totals?.sales ?? 0),
          refunds: Number(totals?.refunds ?? 0),
          net: Number(totals?.net ?? 0),
        },
      }
    },
  })
}
