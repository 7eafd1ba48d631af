import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveInJurisdiction } from "../../../../workflows/bureau/utils/retrieve-in-jurisdiction"
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
  const household = await retrieveInJurisdiction<
    Parameters<typeof toHouseholdView>[0] & {
      cooperatives?: ({ id: string; name: string } | null)[] | null
    }
  >(req.scope, "household", req.params.id, caller.jurisdiction_code, [
    ...HOUSEHOLD_VIEW_FIELDS,
    "cooperatives.id",
    "cooperatives.name",
  ])
  res.json({
    household: {
      ...toHouseholdView(household, { withMembers: true }),
      cooperatives: household.cooperatives ?? [],
    },
  })
}
