import type { MedusaContainer } from "@medusajs/framework/types"
import { LINK_TABLES, selectRows } from "../../utils/link-tables"
import { lineQuantity } from "../../../lib/attribution/line-quantity"
import type { UnitRequest } from "../../../modules/batch/service"

// Reads of a placed order that every checkout makes (search, cooperative
// links, allocation, the order.placed subscriber's "what is left to do"),
// each one indexed statement instead of query.graph over the order, product,
// link and batch modules: with ten buyers at once those graph reads were
// most of the CPU a checkout of ours spent beyond stock Medusa's
// (bench/README.md, "Where completion's extra CPU goes"). They read; the
// workflows that act on them stay the only writers.
//
// An order's lines are its order_item rows of the order's current version
// (Medusa keeps one per version) with their order_line_item, as the order
// module loads them. knex.raw does not expand arrays, hence any(?::text[]).
const CURRENT_LINES = `
  from "order" o
  join order_item oi on oi.order_id = o.id and oi.version = o.version
    and oi.deleted_at is null
  join order_line_item li on li.id = oi.item_id and li.deleted_at is null`

// The products of the orders' lines (any version: search refreshes a
// product too many rather than one too few).
export async function orderProductIds(
  container: MedusaContainer,
  orderIds: string[]
): Promise<string[]> {
  if (!orderIds.length) return []
  const rows = await selectRows<{ product_id: string }>(
    container,
    `select distinct li.product_id
       from order_item oi
       join order_line_item li on li.id = oi.item_id and li.deleted_at is null
      where oi.order_id = any(?::text[]) and oi.deleted_at is null
        and li.product_id is not null
      order by li.product_id`,
    [orderIds]
  )
  return rows.map((r) => r.product_id)
}

// The products whose variants stock these inventory levels' items (a
// checkout reserves stock on each line's level).
export async function stockLevelProductIds(
  container: MedusaContainer,
  levelIds: string[]
): Promise<string[]> {
  if (!levelIds.length) return []
  const rows = await selectRows<{ product_id: string }>(
    container,
    `select distinct v.product_id
       from inventory_level il
       join ${LINK_TABLES.variantInventoryItem} vi
         on vi.inventory_item_id = il.inventory_item_id and vi.deleted_at is null
       join product_variant v on v.id = vi.variant_id and v.deleted_at is null
      where il.id = any(?::text[]) and il.deleted_at is null
      order by v.product_id`,
    [levelIds]
  )
  return rows.map((r) => r.product_id)
}

// The cooperatives whose products are in the order and are not linked to
// it yet, so that handling the same order.placed event twice links nothing
// new.
export async function unlinkedOrderCooperatives(
  container: MedusaContainer,
  orderId: string
): Promise<string[]> {
  const rows = await selectRows<{ cooperative_id: string }>(
    container,
    `select distinct pc.cooperative_id
       ${CURRENT_LINES}
       join ${LINK_TABLES.productCooperative} pc
         on pc.product_id = li.product_id and pc.deleted_at is null
       join cooperative c on c.id = pc.cooperative_id and c.deleted_at is null
      where o.id = ? and o.deleted_at is null
        and not exists (
          select 1 from ${LINK_TABLES.orderCooperative} oc
           where oc.order_id = o.id and oc.cooperative_id = pc.cooperative_id
             and oc.deleted_at is null)
      order by pc.cooperative_id`,
    [orderId]
  )
  return rows.map((r) => r.cooperative_id)
}

// The order's lines never allocated, each with the batches of its variant,
// in the order the lines were made: allocating the same order twice
// allocates nothing. Whether a line was allocated is read from the batch
// module's records (batch_allocation), which commit with the counter: the
// allocation is stored there and nowhere else. Records count released or
// not: a released line (canceled order) is not allocated again, and only
// the undo of the allocating workflow (under its per-order lock) removes
// them.
export async function unallocatedOrderLines(
  container: MedusaContainer,
  orderId: string
): Promise<UnitRequest[]> {
  const rows = await selectRows<{
    id: string
    quantity: string
    batch_ids: string[]
  }>(
    container,
    `select li.id,
            coalesce((oi.raw_quantity->>'value')::numeric, oi.quantity)::text
              as quantity,
            coalesce(array_agg(vb.batch_id order by vb.batch_id)
                       filter (where vb.batch_id is not null),
                     '{}') as batch_ids
       ${CURRENT_LINES}
       left join ${LINK_TABLES.variantBatch} vb
         on vb.product_variant_id = li.variant_id and vb.deleted_at is null
      where o.id = ? and o.deleted_at is null and li.variant_id is not null
        and not exists (
          select 1 from batch_allocation a
           where a.line_item_id = li.id and a.deleted_at is null)
      group by li.id, li.created_at, oi.raw_quantity, oi.quantity
      order by li.created_at, li.id`,
    [orderId]
  )
  return rows.map((row): UnitRequest => ({
    line_item_id: row.id,
    batch_ids: row.batch_ids,
    quantity: lineQuantity(row),
  }))
}

// Whether any money moved on the order (a capture or refund on its
// payments) or its ledger has entries: when neither, attribution has
// nothing to write (planOrderLedger plans from movements and posted
// entries only).
export async function orderMoneyMoved(
  container: MedusaContainer,
  orderId: string
): Promise<boolean> {
  const rows = await selectRows<{ moved: boolean }>(
    container,
    `select exists (
              select 1
                from order_payment_collection opc
                join payment p on p.payment_collection_id = opc.payment_collection_id
                 and p.deleted_at is null
               where opc.order_id = ? and opc.deleted_at is null
                 and (exists (select 1 from capture c
                               where c.payment_id = p.id and c.deleted_at is null)
                   or exists (select 1 from refund r
                               where r.payment_id = p.id and r.deleted_at is null)))
         or exists (select 1 from attribution_entry e
                     where e.order_id = ? and e.deleted_at is null) as moved`,
    [orderId, orderId]
  )
  return !!rows[0]?.moved
}
