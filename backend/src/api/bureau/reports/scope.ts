import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inJurisdiction } from "@tianfu/domain"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type { ReportScope } from "../../../modules/attribution/read-model"
import type AttributionModuleService from "../../../modules/attribution/service"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type { HouseholdReport } from "../../../modules/household/read-model"
import type HouseholdModuleService from "../../../modules/household/service"
import type { ReportSource } from "../../utils/report-response"
import { resolveBureauCaller } from "../caller"

// A bureau report's scope: the reviewer's jurisdiction, optionally narrowed
// to one county inside it. A county outside it is somebody else's: 404.
export async function bureauReportScope(
  req: AuthenticatedMedusaRequest,
  countyCode?: string
): Promise<ReportScope> {
  const caller = await resolveBureauCaller(req)
  if (countyCode && !inJurisdiction(countyCode, caller.jurisdiction_code)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `County ${countyCode} was not found in your jurisdiction`
    )
  }
  return { county_prefix: caller.jurisdiction_code, county_code: countyCode }
}

// The scope with the households in it that are not verified against the
// registry (their shares are no household's income), for the reports that
// sum the ledger by household without joining the registry: attribution and
// concentration. Household reports join verified households themselves.
export async function registeredScope(
  req: AuthenticatedMedusaRequest,
  scope: ReportScope
): Promise<ReportScope> {
  const registry: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  return {
    ...scope,
    unverified: await registry.unverifiedHouseholdIds(
      scope.county_code ?? scope.county_prefix
    ),
  }
}

// What every bureau report route starts from: its validated query and its
// scope.
export async function bureauReportContext<P extends { county_code?: string }>(
  req: AuthenticatedMedusaRequest<unknown, P>
) {
  const params = req.validatedQuery
  const scope = await bureauReportScope(req, params.county_code)
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  return { params, scope, ledger }
}

// A household report's rows: the household module's households beside the
// incomes the attribution module summed (see HouseholdReport).
// Raw is the row shape the report's view reads.
export function householdReport<Raw>(
  req: AuthenticatedMedusaRequest,
  report: HouseholdReport
): ReportSource<Raw> {
  const registry: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  return {
    page: async (limit, offset) => {
      const page = await registry.householdReportPage(report, { limit, offset })
      return { rows: page.rows as Raw[], count: page.count }
    },
    stream: () => registry.householdReportStream(report),
  }
}
