import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { inJurisdiction } from "../../../../lib/provenance/jurisdiction"
import {
  HOUSEHOLD_VIEW_FIELDS,
  toHouseholdView,
} from "../../../utils/household-view"
import { resolveBureauCaller } from "../../caller"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [household],
  } = await query.graph({
    entity: "household",
    fields: [...HOUSEHOLD_VIEW_FIELDS, "cooperatives.id", "cooperatives.name"],
    filters: { id: req.params.id },
  })
  if (
    !household ||
    !inJurisdiction(household.county_code, caller.jurisdiction_code)
  ) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Household ${req.params.id} was not found`
    )
  }
  res.json({
    household: {
      ...toHouseholdView(household),
      cooperatives: household.cooperatives ?? [],
    },
  })
}
