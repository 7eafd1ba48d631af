import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { resolveVendorCaller } from "../../caller"
import { ownOrder } from "../own-order"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { view } = await ownOrder(
    req.scope,
    caller.cooperative.id,
    req.params.id
  )
  res.json({ order: view })
}
