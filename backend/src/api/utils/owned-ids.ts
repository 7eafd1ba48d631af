import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Relation = "products" | "households" | "orders"

// Ids of what a cooperative owns through its links, for several relations
// in one query: the scope every vendor list and detail read is filtered by.
export async function ownedIdSets<R extends Relation>(
  scope: MedusaContainer,
  cooperativeId: string,
  relations: R[]
): Promise<Record<R, string[]>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: relations.map((relation) => `${relation}.id`),
    filters: { id: cooperativeId },
  })
  return Object.fromEntries(
    relations.map((relation) => {
      const linked = (cooperative?.[relation] ?? []) as ({
        id: string
      } | null)[]
      return [relation, linked.flatMap((item) => (item ? [item.id] : []))]
    })
  ) as Record<R, string[]>
}

export async function ownedIds(
  scope: MedusaContainer,
  cooperativeId: string,
  relation: Relation
): Promise<string[]> {
  return (await ownedIdSets(scope, cooperativeId, [relation]))[relation]
}
