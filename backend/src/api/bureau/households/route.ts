import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inJurisdiction, jurisdictionFilter } from "@tianfu/domain"
import {
  HOUSEHOLD_VIEW_FIELDS,
  toHouseholdView,
} from "../../utils/household-view"
import { resolveBureauCaller } from "../caller"
import type { BureauGetHouseholdsParamsType } from "./validators"

// Households in the reviewer's jurisdiction, masked; filter by verification
// to work the verification queue.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauGetHouseholdsParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const {
    verification,
    status,
    county_code,
    limit = 20,
    offset = 0,
  } = req.validatedQuery
  // A county outside the jurisdiction simply matches nothing.
  const county = county_code
    ? inJurisdiction(county_code, caller.jurisdiction_code)
      ? county_code
      : "none"
    : jurisdictionFilter(caller.jurisdiction_code)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "household",
    fields: HOUSEHOLD_VIEW_FIELDS,
    filters: {
      county_code: county,
      ...(verification ? { verification } : {}),
      ...(status ? { status } : {}),
    },
    pagination: {
      skip: offset,
      take: limit,
      order: { registry_number: "ASC" },
    },
  })
  res.json({
    households: data.map((h) => toHouseholdView(h)),
    count: metadata?.count ?? 0,
    offset,
    limit,
  })
}
