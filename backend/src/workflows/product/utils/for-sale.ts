import type { MedusaContainer } from "@medusajs/framework/types"
import { LINK_TABLES, selectRows } from "../../utils/link-tables"

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
const LINK = LINK_TABLES.productCooperative
// The rule, on the cooperative `c` of a product's link.
const MAY_NOT_SELL = "c.status <> 'approved'"

// The products among `productIds` that are not for sale, each with its
// cooperative's status.
export async function productsNotForSale(
  container: MedusaContainer,
  productIds: string[]
): Promise<Map<string, string>> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return new Map()
  const rows = await selectRows<{ product_id: string; status: string }>(
    container,
    `select l.product_id, c.status
       from ${LINK} l
       join cooperative c on c.id = l.cooperative_id and c.deleted_at is null
      where l.product_id = any(?) and l.deleted_at is null
        and ${MAY_NOT_SELL}`,
    [ids]
  )
  return new Map(rows.map((row) => [row.product_id, row.status]))
}

// Every product of cooperatives that may not sell now, for store lists
// that must leave them out.
export async function allProductsNotForSale(
  container: MedusaContainer
): Promise<string[]> {
  const rows = await selectRows<{ product_id: string }>(
    container,
    `select l.product_id
       from cooperative c
       join ${LINK} l on l.cooperative_id = c.id and l.deleted_at is null
      where ${MAY_NOT_SELL} and c.deleted_at is null`
  )
  return rows.map((row) => row.product_id)
}

// The lines of a cart whose products may not be sold now, in the cart's
// order: checkout refuses the cart while there is one — a product of a
// cooperative that may not sell, or a product that is not published (a
// draft, or one taken back to draft after it went into the cart). One
// statement over Medusa's cart lines, the product, the link and the
// cooperative, for the same reason as above (it runs on every checkout).
export async function cartLinesNotForSale(
  container: MedusaContainer,
  cartId: string
): Promise<{ id: string; title: string; status: string }[]> {
  return selectRows(
    container,
    `select li.id, li.title,
            case when p.status is distinct from 'published' then 'unpublished'
                 else c.status end as status
       from cart_line_item li
       left join product p on p.id = li.product_id and p.deleted_at is null
       left join ${LINK} l on l.product_id = li.product_id and l.deleted_at is null
       left join cooperative c on c.id = l.cooperative_id and c.deleted_at is null
      where li.cart_id = ? and li.deleted_at is null
        and li.product_id is not null
        and (p.status is distinct from 'published' or ${MAY_NOT_SELL})
      order by li.created_at, li.id`,
    [cartId]
  )
}
