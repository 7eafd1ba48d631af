import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { orderImpactReceipt } from "../../../../utils/order-impact"
import { existingOrderId } from "../../../../utils/existing-order"

// The impact receipt the order's buyer sees, for the operator's order page
// in /app. An unknown order is a 404 (query.graph's own).
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const orderId = await existingOrderId(req.scope, req.params.id)
  res.json({ impact: await orderImpactReceipt(req.scope, orderId) })
}
