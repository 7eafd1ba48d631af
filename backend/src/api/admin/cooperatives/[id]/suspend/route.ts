import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { operatorChangeStatus } from "../../change-status"
import type { AdminChangeCooperativeStatusType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminChangeCooperativeStatusType>,
  res: MedusaResponse
) => {
  res.json(await operatorChangeStatus(req, "suspend"))
}
