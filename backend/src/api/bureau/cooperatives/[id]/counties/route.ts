import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { grantCooperativeCountyWorkflow } from "../../../../../workflows/cooperative"
import { resolveBureauCaller } from "../../../caller"
import type { BureauGrantCountyType } from "../../validators"

// A reviewer lets the cooperative register and join households in one more
// county of their jurisdiction (see GET /bureau/cooperatives/:id for grants).
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauGrantCountyType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { result } = await grantCooperativeCountyWorkflow(req.scope).run({
    input: {
      cooperative_id: req.params.id,
      county_code: req.validatedBody.county_code,
      reason: req.validatedBody.reason,
      jurisdiction_code: caller.jurisdiction_code,
      actor_id: caller.id,
    },
  })
  res.status(201).json({ county_grant: result })
}
