import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type LineAllocation, lineAllocations } from "../utils/line-allocations"

export type OrderAllocation = LineAllocation

// An order's line ids and their batch allocations as stored in the link
// table. Every line is returned, linked or not: an allocation interrupted
// before its links were written still holds units to release.
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
    return new StepResponse({
      line_item_ids: lineIds,
      allocations: await lineAllocations(container, lineIds),
    })
  }
)
