import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { inJurisdiction } from "@tianfu/domain"
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

// What every bureau report route starts from: its validated query, its
// scope and the database connection its read model queries.
export async function bureauReportContext<P extends { county_code?: string }>(
  req: AuthenticatedMedusaRequest<unknown, P>
) {
  const params = req.validatedQuery
  const scope = await bureauReportScope(req, params.county_code)
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  return { params, scope, knex }
}
