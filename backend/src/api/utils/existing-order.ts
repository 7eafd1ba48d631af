import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// An order's id, or Medusa's own 404 (query.graph with throwIfKeyNotFound)
// when there is no such order: what the operator's order routes answer.
export async function existingOrderId(
  container: MedusaContainer,
  id: string
): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph(
    { entity: "order", fields: ["id"], filters: { id } },
    { throwIfKeyNotFound: true }
  )
  return order.id
}
