import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import OrderLineItemBatchLink from "../../../links/order-line-item-batch"

export type OrderAllocation = {
  order_line_item_id: string
  batch_id: string
  quantity: number
}

// The batch allocations of an order's lines, as stored in the link table.
export const findOrderAllocationsStep = createStep(
  "find-order-allocations",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "items.id"],
      filters: { id: input.order_id },
    })
    const lineIds = ((order?.items ?? []) as ({ id: string } | null)[]).flatMap(
      (item) => (item ? [item.id] : [])
    )
    if (!lineIds.length) return new StepResponse([] as OrderAllocation[])
    const { data } = await query.graph({
      entity: OrderLineItemBatchLink.entryPoint,
      fields: ["order_line_item_id", "batch_id", "quantity"],
      filters: { order_line_item_id: lineIds },
    })
    return new StepResponse(
      (data as OrderAllocation[]).map((a) => ({
        ...a,
        quantity: Number(a.quantity),
      }))
    )
  }
)
