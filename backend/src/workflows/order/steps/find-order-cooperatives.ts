import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// The cooperatives whose products are in the order and are not linked to it
// yet, so that handling the same order.placed event twice links nothing new.
export const findOrderCooperativesStep = createStep(
  "find-order-cooperatives",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "items.product_id", "cooperatives.id"],
      filters: { id: input.order_id },
    })
    const productIds = [
      ...new Set(
        (
          (order?.items ?? []) as ({ product_id?: string | null } | null)[]
        ).flatMap((i) => (i?.product_id ? [i.product_id] : []))
      ),
    ]
    if (!productIds.length) {
      return new StepResponse([] as string[])
    }
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "cooperative.id"],
      filters: { id: productIds },
    })
    const linked = new Set(
      ((order?.cooperatives ?? []) as ({ id: string } | null)[]).map(
        (c) => c?.id
      )
    )
    const cooperativeIds = [
      ...new Set(
        (products as { cooperative?: { id: string } | null }[]).flatMap((p) =>
          p.cooperative?.id && !linked.has(p.cooperative.id)
            ? [p.cooperative.id]
            : []
        )
      ),
    ]
    return new StepResponse(cooperativeIds)
  }
)
