import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderImpactReceipt } from "../../../../utils/order-impact"

// The impact receipt the order's buyer sees, for the operator's order page
// in /app. An unknown order is a 404 (query.graph's own).
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph(
    { entity: "order", fields: ["id"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  res.json({ impact: await orderImpactReceipt(req.scope, order.id) })
}
