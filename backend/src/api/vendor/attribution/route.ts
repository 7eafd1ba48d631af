import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  attributionRows,
  attributionTotals,
  batchTotalsRows,
  householdNetByPeriod,
  householdsReached,
} from "../../../lib/reports/attribution-query"
import { periodRange } from "../../../lib/reports/periods"
import { sendReport } from "../../utils/report-response"
import { attributionColumns, attributionView } from "../../utils/report-views"
import { resolveVendorCaller } from "../caller"
import { BATCH_COLUMNS, batchView } from "./batch-view"
import { MONTH_COLUMNS, monthView } from "./month-view"
import type { VendorAttributionParamsType } from "./validators"

// The cooperative's own attribution dashboard: its money per month, per
// member household or per batch, and what of it reached households.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorAttributionParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const params = req.validatedQuery
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const paging = {
    knex,
    format: params.format,
    limit: params.limit,
    offset: params.offset,
  }
  if (params.view === "batch") {
    await sendReport(res, {
      ...paging,
      name: "batches",
      rows: batchTotalsRows(knex, caller.cooperative.id),
      view: batchView,
      columns: BATCH_COLUMNS,
    })
    return
  }
  const grain = params.grain ?? (params.view === "month" ? "month" : "year")
  const groupBy = params.view === "month" ? "cooperative" : "household"
  const query = {
    county_prefix: "",
    cooperative_id: caller.cooperative.id,
    ...periodRange(grain, params.from, params.to),
    grain,
    group_by: groupBy,
  } as const
  const [all, households, reached, byPeriod] = await Promise.all([
    attributionTotals(knex, { ...query, group_by: "cooperative" }),
    attributionTotals(knex, { ...query, group_by: "household" }),
    householdsReached(knex, query),
    householdNetByPeriod(knex, query) as Promise<
      { period: string; net: string }[]
    >,
  ])
  const monthly = params.view === "month"
  const toHouseholds = new Map(byPeriod.map((p) => [p.period, Number(p.net)]))
  await sendReport(res, {
    ...paging,
    name: monthly ? "months" : "households",
    rows: attributionRows(knex, query),
    page: (limit, offset) => attributionRows(knex, query, { limit, offset }),
    view: monthly ? monthView(toHouseholds) : attributionView(groupBy),
    columns: monthly ? MONTH_COLUMNS : attributionColumns(groupBy),
    extra: {
      from: query.from,
      to: query.to,
      grain,
      totals: {
        net: Number(all?.net ?? 0),
        to_households: Number(households?.net ?? 0),
        cooperative_remainder:
          Number(all?.net ?? 0) - Number(households?.net ?? 0),
      },
      households_reached: reached,
    },
  })
}
