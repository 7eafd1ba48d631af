import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { orderImpactReceipt } from "../../../../utils/order-impact"

// The impact receipt of one of the signed-in customer's orders. Anybody
// else's order, or one that does not exist, is a 404.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "payment_status"],
    filters: { id: req.params.id },
  })
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${req.params.id} was not found`
    )
  }
  res.json({ impact: await orderImpactReceipt(req.scope, order.id) })
}
