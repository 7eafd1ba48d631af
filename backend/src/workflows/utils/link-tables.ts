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

// The shared PostgreSQL connection (knex), for those reads.
export const pgConnection = (container: MedusaContainer) =>
  container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
