import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderAttributionView } from "../../../../utils/order-attribution-view"

// One order's attribution for the operator: the figures, the target, and
// each line's batches and ledger positions. An unknown order is a 404
// (query.graph's own, throwIfKeyNotFound).
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
  res.json({ attribution: await orderAttributionView(req.scope, order.id) })
}
