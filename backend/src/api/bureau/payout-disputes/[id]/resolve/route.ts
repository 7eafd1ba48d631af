import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { resolvePayoutDisputeWorkflow } from "../../../../../workflows/linkage"
import { resolveBureauCaller } from "../../../caller"
import type { BureauResolveDisputeType } from "../../validators"

// Decides a dispute of the jurisdiction with a reason (audited, once).
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauResolveDisputeType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { result } = await resolvePayoutDisputeWorkflow(req.scope).run({
    input: {
      response_id: req.params.id,
      jurisdiction_code: caller.jurisdiction_code,
      resolution: req.validatedBody.resolution,
      reason: req.validatedBody.reason,
      resolved_by: caller.id,
    },
  })
  res.json({
    resolution: {
      id: result.id,
      dispute_id: result.response_id,
      resolution: result.resolution,
      reason: result.reason,
      resolved_at: result.created_at,
    },
  })
}
