import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { periodRange } from "../../../../lib/reports/periods"
import { HOUSEHOLD_MODULE } from "../../../../modules/household"
import type HouseholdModuleService from "../../../../modules/household/service"
import { sendAttributionReport } from "../../../utils/attribution-report"
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
  const registry: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  await sendAttributionReport(
    req,
    res,
    {
      county_prefix: "",
      unverified: await registry.unverifiedHouseholdIds(""),
      ...periodRange(params.grain, params.from, params.to),
      grain: params.grain,
      group_by: "county",
    },
    params
  )
}
