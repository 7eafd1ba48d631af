import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import OrderLineItemBatchLink from "../../../links/order-line-item-batch"

import type { LineAllocation } from "../../../lib/attribution/types"

export type { LineAllocation }

// The batch allocations stored for order lines (the line item ↔ batch link
// with its quantity column): the one place that reads them.
export async function lineAllocations(
  container: MedusaContainer,
  lineIds: string[]
): Promise<LineAllocation[]> {
  if (!lineIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: OrderLineItemBatchLink.entryPoint,
    fields: ["order_line_item_id", "batch_id", "quantity"],
    filters: { order_line_item_id: lineIds },
  })
  return (data as LineAllocation[]).map((a) => ({
    ...a,
    quantity: Number(a.quantity),
  }))
}
