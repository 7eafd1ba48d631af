import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ownedIdSets } from "../../utils/owned-ids"
import { resolveVendorCaller } from "../caller"
import type { VendorGetOrdersParamsType } from "./validators"
import { toVendorOrder, VENDOR_ORDER_FIELDS } from "./view"

// Orders holding the cooperative's products, newest first, own lines only.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetOrdersParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { limit = 20, offset = 0 } = req.validatedQuery
  const owned = await ownedIdSets(req.scope, caller.cooperative.id, [
    "orders",
    "products",
  ])
  const orderIds = owned.orders
  if (!orderIds.length) {
    res.json({ orders: [], count: 0, offset, limit })
    return
  }
  const productIds = new Set(owned.products)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "order",
    fields: VENDOR_ORDER_FIELDS,
    filters: { id: orderIds },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    orders: data.map((order) =>
      toVendorOrder(order as Record<string, unknown>, productIds)
    ),
    count: metadata?.count ?? 0,
    offset,
    limit,
  })
}
