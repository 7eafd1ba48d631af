import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { inJurisdiction } from "../../../../lib/provenance/jurisdiction"
import { toCooperativeView } from "../../../utils/cooperative-view"
import { resolveBureauCaller } from "../../caller"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: ["*", "certifications.*", "county_grants.*"],
    filters: { id: req.params.id },
  })
  if (
    !cooperative ||
    !inJurisdiction(cooperative.county_code, caller.jurisdiction_code)
  ) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Cooperative ${req.params.id} was not found`
    )
  }
  res.json({
    cooperative: {
      ...toCooperativeView(cooperative),
      certifications: cooperative.certifications,
      county_grants: cooperative.county_grants,
    },
  })
}
