import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Suspension stops a cooperative's sales everywhere, and this is where the
// rule lives: a product of a cooperative that is not approved (suspended, or
// never approved) is not for sale. Products of no cooperative (the
// operator's own) are. Returns the products among `productIds` that are not
// for sale, each with its cooperative's status.
export async function productsNotForSale(
  container: MedusaContainer,
  productIds: string[]
): Promise<Map<string, string>> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "cooperative.status"],
    filters: { id: ids },
  })
  return new Map(
    (data as { id: string; cooperative?: { status: string } | null }[])
      .filter((p) => p.cooperative && p.cooperative.status !== "approved")
      .map((p) => [p.id, p.cooperative!.status])
  )
}

// Every product of cooperatives that may not sell now, for store lists
// that must leave them out.
export async function allProductsNotForSale(
  container: MedusaContainer
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: ["id", "products.id"],
    filters: { status: { $ne: "approved" } },
  })
  return (data as { products?: ({ id: string } | null)[] }[]).flatMap((c) =>
    (c.products ?? []).flatMap((p) => (p ? [p.id] : []))
  )
}
