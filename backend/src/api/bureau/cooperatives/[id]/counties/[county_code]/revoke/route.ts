import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { revokeCooperativeCountyWorkflow } from "../../../../../../../workflows/cooperative"
import { resolveBureauCaller } from "../../../../../caller"
import type { BureauRevokeCountyType } from "../../../../validators"

// Ends a county grant: no more households registered or joined there.
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauRevokeCountyType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { result } = await revokeCooperativeCountyWorkflow(req.scope).run({
    input: {
      cooperative_id: req.params.id,
      county_code: req.params.county_code,
      reason: req.validatedBody.reason,
      jurisdiction_code: caller.jurisdiction_code,
      actor_id: caller.id,
    },
  })
  res.json({ county_grant: result })
}
