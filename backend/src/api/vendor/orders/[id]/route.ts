import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { ownedIdSets } from "../../../utils/owned-ids"
import { resolveVendorCaller } from "../../caller"
import { toVendorOrder, VENDOR_ORDER_FIELDS } from "../view"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const owned = await ownedIdSets(req.scope, caller.cooperative.id, [
    "orders",
    "products",
  ])
  const orderIds = owned.orders
  if (!orderIds.includes(req.params.id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${req.params.id} was not found`
    )
  }
  const productIds = new Set(owned.products)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: VENDOR_ORDER_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({
    order: toVendorOrder(order as Record<string, unknown>, productIds),
  })
}
