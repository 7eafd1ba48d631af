import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { changeStatus } from "../../change-status"
import type { BureauApproveCooperativeType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<BureauApproveCooperativeType>,
  res: MedusaResponse
) => {
  res.json(
    await changeStatus(req, "approved", req.validatedBody.reason ?? null)
  )
}
