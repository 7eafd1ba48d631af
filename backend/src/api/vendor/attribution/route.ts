import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { periodRange } from "../../../lib/reports/periods"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type { AttributionQuery } from "../../../modules/attribution/read-model"
import type AttributionModuleService from "../../../modules/attribution/service"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import { withNames } from "../../utils/report-names"
import { listReport, sendReport } from "../../utils/report-response"
import { attributionColumns, attributionView } from "../../utils/report-views"
import { resolveVendorCaller } from "../caller"
import { BATCH_COLUMNS, batchTotalsWithFacts, batchView } from "./batch-view"
import { MONTH_COLUMNS, monthView } from "./month-view"
import type { VendorAttributionParamsType } from "./validators"
import { reportCsvLayout } from "../../utils/report-csv"

// The cooperative's own attribution dashboard: its money per month, per
// member household or per batch, and what of it reached households.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorAttributionParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const params = req.validatedQuery
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  const paging = {
    format: params.format,
    csv: await reportCsvLayout(req, params),
    limit: params.limit,
    offset: params.offset,
  }
  if (params.view === "batch") {
    await sendReport(res, {
      ...paging,
      name: "batches",
      source: listReport(() =>
        batchTotalsWithFacts(req.scope, caller.cooperative.id)
      ),
      view: batchView,
      columns: BATCH_COLUMNS,
    })
    return
  }
  const grain = params.grain ?? (params.view === "month" ? "month" : "year")
  const groupBy = params.view === "month" ? "cooperative" : "household"
  const query: AttributionQuery = {
    county_prefix: "",
    cooperative_id: caller.cooperative.id,
    ...periodRange(grain, params.from, params.to),
    grain,
    group_by: groupBy,
  }
  // What reached households counts verified ones only; the shares of
  // members not verified against the registry are a figure of their own.
  // The household list still shows every member, with its verification.
  const registry: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const registered: AttributionQuery = {
    ...query,
    unverified: await registry.unverifiedHouseholdIds(""),
  }
  const [all, households, reached, toHouseholds] = await Promise.all([
    ledger.attributionTotals({ ...registered, group_by: "cooperative" }),
    ledger.attributionTotals({ ...registered, group_by: "household" }),
    ledger.householdsReached(registered),
    ledger.householdNetByPeriod(registered),
  ])
  const monthly = params.view === "month"
  const listed = monthly ? registered : query
  await sendReport(res, {
    ...paging,
    name: monthly ? "months" : "households",
    source: {
      page: (limit, offset) =>
        ledger.attributionPage(listed, { limit, offset }),
      stream: () => ledger.attributionStream(listed),
    },
    enrich: withNames(req.scope, groupBy, (row) => row.key),
    view: monthly ? monthView(toHouseholds) : attributionView(groupBy),
    columns: monthly ? MONTH_COLUMNS : attributionColumns(groupBy),
    extra: {
      from: query.from,
      to: query.to,
      grain,
      totals: {
        net: all.net,
        to_households: households.net,
        to_unverified_suppliers: all.unverified,
        cooperative_remainder: all.net - households.net - all.unverified,
      },
      households_reached: reached,
    },
  })
}
