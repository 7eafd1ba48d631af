import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { periodRange } from "../../../../lib/reports/periods"
import { ATTRIBUTION_MODULE } from "../../../../modules/attribution"
import type { AttributionQuery } from "../../../../modules/attribution/read-model"
import type AttributionModuleService from "../../../../modules/attribution/service"
import { HOUSEHOLD_MODULE } from "../../../../modules/household"
import type HouseholdModuleService from "../../../../modules/household/service"
import { reportCsvLayout } from "../../../utils/report-csv"
import { withNames } from "../../../utils/report-names"
import { sendReport } from "../../../utils/report-response"
import {
  attributionColumns,
  attributionView,
} from "../../../utils/report-views"
import type { AdminAttributionOverviewParamsType } from "../validators"

// Attributed money across the platform by county and period (default: the
// last twelve months by month), with totals — the bureau's county report
// for every county at once. Unverified suppliers' shares are inside net and
// also shown apart, as the bureau sees them.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminAttributionOverviewParamsType>,
  res: MedusaResponse
) => {
  const params = req.validatedQuery
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  const registry: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const query: AttributionQuery = {
    county_prefix: "",
    unverified: await registry.unverifiedHouseholdIds(""),
    ...periodRange(params.grain, params.from, params.to),
    grain: params.grain,
    group_by: "county",
  }
  await sendReport(res, {
    name: "attribution",
    format: params.format,
    csv: await reportCsvLayout(req, params),
    source: {
      page: (limit, offset) => ledger.attributionPage(query, { limit, offset }),
      stream: () => ledger.attributionStream(query),
    },
    enrich: withNames(req.scope, "county", (row) => row.key),
    limit: params.limit,
    offset: params.offset,
    view: attributionView("county"),
    columns: attributionColumns("county"),
    extra: async () => ({
      from: query.from,
      to: query.to,
      grain: query.grain,
      totals: await ledger.attributionTotals(query),
    }),
  })
}
