import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Ids of what a cooperative owns through a link (products, households):
// the scope every vendor list and detail read is filtered by.
export async function ownedIds(
  scope: MedusaContainer,
  cooperativeId: string,
  relation: "products" | "households" | "orders"
): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: [`${relation}.id`],
    filters: { id: cooperativeId },
  })
  const linked = (cooperative?.[relation] ?? []) as ({ id: string } | null)[]
  return linked.flatMap((item) => (item ? [item.id] : []))
}
