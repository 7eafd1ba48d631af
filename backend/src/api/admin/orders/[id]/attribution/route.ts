import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { orderAttributionView } from "../../../../utils/order-attribution-view"
import { existingOrderId } from "../../../../utils/existing-order"

// One order's attribution for the operator: the figures, the target, and
// each line's batches and ledger positions. An unknown order is a 404
// (query.graph's own, throwIfKeyNotFound).
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const orderId = await existingOrderId(req.scope, req.params.id)
  res.json({ attribution: await orderAttributionView(req.scope, orderId) })
}
