import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { removeCertificationWorkflow } from "../../../../../workflows/cooperative"
import { resolveVendorCaller } from "../../../caller"

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  await removeCertificationWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      cooperative_id: caller.cooperative.id,
      actor_id: caller.user.id,
    },
  })
  res.json({
    id: req.params.id,
    object: "cooperative_certification",
    deleted: true,
  })
}
