import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { orderParcels } from "../../../../utils/order-parcels"

// The shopper's order by parcel. Only the order's owner (or the browser
// that placed a guest order) reads it; the middleware answers anyone else
// 404.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const parcels = await orderParcels(req.scope, req.params.id)
  res.setHeader("Cache-Control", "private, no-store")
  res.json(parcels)
}
