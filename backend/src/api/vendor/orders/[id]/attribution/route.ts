import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ownedIdSets } from "../../../../utils/owned-ids"
import { orderAttributionView } from "../../../../utils/order-attribution-view"
import { resolveVendorCaller } from "../../../caller"

// The cooperative's own lines of one of its orders: their batches and what
// each household and the cooperative hold. Anything else is a 404.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const owned = await ownedIdSets(req.scope, caller.cooperative.id, ["orders"])
  if (!owned.orders.includes(req.params.id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${req.params.id} was not found`
    )
  }
  res.json({
    attribution: await orderAttributionView(
      req.scope,
      req.params.id,
      caller.cooperative.id
    ),
  })
}
