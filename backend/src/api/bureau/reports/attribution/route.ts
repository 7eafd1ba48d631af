import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { periodRange } from "../../../../lib/reports/periods"
import type { AttributionQuery } from "../../../../modules/attribution/read-model"
import { sendAttributionReport } from "../../../utils/attribution-report"
import { bureauReportContext, registeredScope } from "../scope"
import type { ReportAttributionParamsType } from "../validators"

// Attributed money in the jurisdiction by county, cooperative or household
// and by day, month or year, with totals; format=csv exports all of it.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ReportAttributionParamsType>,
  res: MedusaResponse
) => {
  const context = await bureauReportContext(req)
  const { params } = context
  const scope = await registeredScope(req, context.scope)
  const query: AttributionQuery = {
    ...scope,
    ...periodRange(params.grain, params.from, params.to),
    grain: params.grain,
    group_by: params.group_by,
    cooperative_id: params.cooperative_id,
  }
  await sendAttributionReport(req, res, query, params)
}
