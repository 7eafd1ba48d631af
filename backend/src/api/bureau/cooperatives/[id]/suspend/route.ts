import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { changeStatus } from "../../change-status"
import type { BureauSuspendCooperativeType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<BureauSuspendCooperativeType>,
  res: MedusaResponse
) => {
  res.json(await changeStatus(req, "suspended", req.validatedBody.reason))
}
