import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inJurisdiction } from "../../../lib/provenance/jurisdiction"
import type { HouseholdScope } from "../../../lib/reports/household-income-query"
import { resolveBureauCaller } from "../caller"

// A bureau report's scope: the reviewer's jurisdiction, optionally narrowed
// to one county inside it. A county outside it is somebody else's: 404.
export async function bureauReportScope(
  req: AuthenticatedMedusaRequest,
  countyCode?: string
): Promise<HouseholdScope> {
  const caller = await resolveBureauCaller(req)
  if (countyCode && !inJurisdiction(countyCode, caller.jurisdiction_code)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `County ${countyCode} was not found in your jurisdiction`
    )
  }
  return { county_prefix: caller.jurisdiction_code, county_code: countyCode }
}
