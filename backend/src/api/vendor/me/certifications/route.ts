import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addCertificationWorkflow } from "../../../../workflows/cooperative"
import { resolveVendorCaller } from "../../caller"
import type { VendorAddCertificationType } from "../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<VendorAddCertificationType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { result } = await addCertificationWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      cooperative_id: caller.cooperative.id,
      actor_id: caller.user.id,
    },
  })
  res.status(201).json({ certification: result })
}
