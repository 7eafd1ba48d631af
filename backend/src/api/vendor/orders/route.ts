import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SHIPPING_STATUSES, type ShippingStatus } from "@tianfu/domain"
import { ownedIds } from "../../utils/owned-ids"
import { resolveVendorCaller } from "../caller"
import { cooperativeOrderStatuses } from "./order-statuses"
import type { VendorGetOrdersParamsType } from "./validators"
import { toVendorOrder, VENDOR_ORDER_FIELDS } from "./view"

// Orders holding the cooperative's products, newest first, own lines only,
// optionally of some shipping statuses (of its own lines); with how many
// orders are in each status, for the filter and the "to ship" badge.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetOrdersParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { limit = 20, offset = 0, shipping_status } = req.validatedQuery
  const wanted = new Set<ShippingStatus>(
    shipping_status === undefined
      ? SHIPPING_STATUSES
      : Array.isArray(shipping_status)
        ? shipping_status
        : [shipping_status]
  )
  const statuses = await cooperativeOrderStatuses(
    req.scope,
    caller.cooperative.id
  )
  const statusCounts = Object.fromEntries(
    SHIPPING_STATUSES.map((status) => [status, 0])
  ) as Record<ShippingStatus, number>
  statuses.forEach((row) => statusCounts[row.shipping_status]++)
  const matching = statuses.filter((row) => wanted.has(row.shipping_status))
  const pageIds = matching.slice(offset, offset + limit).map((row) => row.id)
  let orders: ReturnType<typeof toVendorOrder>[] = []
  if (pageIds.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data }, productIds] = await Promise.all([
      query.graph({
        entity: "order",
        fields: VENDOR_ORDER_FIELDS,
        filters: { id: pageIds },
      }),
      ownedIds(req.scope, caller.cooperative.id, "products"),
    ])
    const products = new Set(productIds)
    const byId = new Map(
      data.map((order) => [
        order.id as string,
        toVendorOrder(order as Record<string, unknown>, products),
      ])
    )
    orders = pageIds.flatMap((id) => {
      const order = byId.get(id)
      return order ? [order] : []
    })
  }
  res.json({
    orders,
    count: matching.length,
    offset,
    limit,
    status_counts: statusCounts,
  })
}
