import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type LineAllocation,
  lineAllocations,
} from "../../../lib/attribution/line-allocations"

export type OrderAllocation = LineAllocation

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
    return new StepResponse(await lineAllocations(container, lineIds))
  }
)
