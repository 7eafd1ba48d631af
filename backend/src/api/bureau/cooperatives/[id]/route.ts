import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveInJurisdiction } from "../../../../workflows/bureau/utils/retrieve-in-jurisdiction"
import { toCooperativeView } from "../../../utils/cooperative-view"
import { resolveBureauCaller } from "../../caller"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const cooperative = await retrieveInJurisdiction<
    Parameters<typeof toCooperativeView>[0] & {
      certifications?: unknown[] | null
      county_grants?: unknown[] | null
    }
  >(req.scope, "cooperative", req.params.id, caller.jurisdiction_code, [
    "*",
    "certifications.*",
    "county_grants.*",
  ])
  res.json({
    cooperative: {
      ...toCooperativeView(cooperative),
      certifications: cooperative.certifications,
      county_grants: cooperative.county_grants,
    },
  })
}
