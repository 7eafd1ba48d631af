import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { ownedIdSets } from "../../utils/owned-ids"
import { toVendorOrder, VENDOR_ORDER_FIELDS } from "./view"

export type VendorOrderView = ReturnType<typeof toVendorOrder>

// One of the cooperative's orders as it sees it (its own lines and
// parcels), with Medusa's order record for any extra fields asked for; an
// order it holds no line of is the same 404 as one that does not exist.
export async function ownOrder(
  scope: MedusaContainer,
  cooperativeId: string,
  orderId: string,
  extraFields: string[] = []
): Promise<{ view: VendorOrderView; record: Record<string, unknown> }> {
  const owned = await ownedIdSets(scope, cooperativeId, ["orders", "products"])
  if (!owned.orders.includes(orderId)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${orderId} was not found`
    )
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [...VENDOR_ORDER_FIELDS, ...extraFields],
    filters: { id: orderId },
  })
  const record = order as Record<string, unknown>
  return { view: toVendorOrder(record, new Set(owned.products)), record }
}
