import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// An order's line ids: what a release gives back is read and marked by the
// batch module itself (releaseLines), in one transaction.
export const findOrderLinesStep = createStep(
  "find-order-lines",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "items.id"],
      filters: { id: input.order_id },
    })
    return new StepResponse(
      ((order?.items ?? []) as ({ id: string } | null)[]).flatMap((item) =>
        item ? [item.id] : []
      )
    )
  }
)
