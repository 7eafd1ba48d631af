import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { changeCooperativeStatusWorkflow } from "../../../../../workflows/cooperative"
import { toCooperativeView } from "../../../../utils/cooperative-view"
import { resolveBureauCaller } from "../../../caller"
import type { BureauApproveCooperativeType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<BureauApproveCooperativeType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { result } = await changeCooperativeStatusWorkflow(req.scope).run({
    input: {
      cooperative_id: req.params.id,
      jurisdiction_code: caller.jurisdiction_code,
      status: "approved",
      reason: req.validatedBody.reason ?? null,
      actor_id: caller.id,
    },
  })
  res.json({ cooperative: toCooperativeView(result) })
}
