import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// The tables Medusa's link module made for our links (src/links) and one
// of Medusa's own (variant ↔ inventory item), for the few reads on hot
// paths that are one indexed statement instead of a query.graph over three
// modules (each read of the graph hydrates every
// module's rows through MikroORM: milliseconds per call, and a checkout
// makes several). The names are Medusa's: module, linkable, module,
// linkable. The HTTP suites run every statement that uses them.
export const LINK_TABLES = {
  productCooperative: "cooperative_cooperative_product_product",
  orderCooperative: "cooperative_cooperative_order_order",
  variantBatch: "product_product_variant_batch_batch",
  variantInventoryItem: "product_variant_inventory_item",
} as const

// One of those reads: its rows, on the shared PostgreSQL connection (knex).
// knex.raw does not expand arrays: bind one as any(?::text[]).
export async function selectRows<Row>(
  container: MedusaContainer,
  sql: string,
  bindings: readonly unknown[] = []
): Promise<Row[]> {
  const { rows } = await container
    .resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    .raw<{ rows: Row[] }>(sql, bindings as Knex.RawBinding[])
  return rows
}
