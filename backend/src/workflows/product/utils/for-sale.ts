import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Suspension stops a cooperative's sales everywhere, and this is where the
// rule lives: a product of a cooperative that is not approved (suspended, or
// never approved) is not for sale. Products of no cooperative (the
// operator's own) are.
//
// Every store read of a product asks this first (Medusa's own
// /store/products and /store/products/:id included, through a middleware),
// so it is one indexed statement over the product ↔ cooperative link
// (src/links/product-cooperative.ts) and the cooperative table, not a
// query.graph: the graph's three module reads (product, link, cooperative)
// cost each product read about a fifth of its throughput against stock
// Medusa (bench/README.md, "Medusa's own store routes").
const LINK = "cooperative_cooperative_product_product"

const pg = (container: MedusaContainer) =>
  container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

// The products among `productIds` that are not for sale, each with its
// cooperative's status.
export async function productsNotForSale(
  container: MedusaContainer,
  productIds: string[]
): Promise<Map<string, string>> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return new Map()
  const { rows } = await pg(container).raw<{
    rows: { product_id: string; status: string }[]
  }>(
    `select l.product_id, c.status
       from ${LINK} l
       join cooperative c on c.id = l.cooperative_id and c.deleted_at is null
      where l.product_id = any(?) and l.deleted_at is null
        and c.status <> 'approved'`,
    [ids]
  )
  return new Map(rows.map((row) => [row.product_id, row.status]))
}

// Every product of cooperatives that may not sell now, for store lists
// that must leave them out.
export async function allProductsNotForSale(
  container: MedusaContainer
): Promise<string[]> {
  const { rows } = await pg(container).raw<{ rows: { product_id: string }[] }>(
    `select l.product_id
       from cooperative c
       join ${LINK} l on l.cooperative_id = c.id and l.deleted_at is null
      where c.status <> 'approved' and c.deleted_at is null`
  )
  return rows.map((row) => row.product_id)
}
