import type { MedusaContainer } from "@medusajs/framework/types"
import { type ShippingStatus, shippingStatus } from "@tianfu/domain"
import { LINK_TABLES, selectRows } from "../../../workflows/utils/link-tables"

export type CooperativeOrderStatus = {
  id: string
  created_at: Date
  shipping_status: ShippingStatus
}

// Every order linked to the cooperative, newest first, with the shipping
// status of its own lines: one indexed statement summing Medusa's per-line
// quantities (ordered, shipped, delivered) of the order's current version,
// then the one status rule (shippingStatus) over the sums. An order whose
// lines of this cooperative were all removed by an edit sums to nothing
// and reads as canceled.
export async function cooperativeOrderStatuses(
  container: MedusaContainer,
  cooperativeId: string
): Promise<CooperativeOrderStatus[]> {
  const rows = await selectRows<{
    id: string
    status: string
    created_at: Date
    ordered: number
    shipped: number
    delivered: number
  }>(
    container,
    `select o.id, o.status, o.created_at,
            coalesce(sum(oi.quantity), 0)::float8 as ordered,
            coalesce(sum(oi.shipped_quantity), 0)::float8 as shipped,
            coalesce(sum(oi.delivered_quantity), 0)::float8 as delivered
       from ${LINK_TABLES.orderCooperative} oc
       join "order" o on o.id = oc.order_id and o.deleted_at is null
       left join (
         order_item oi
         join order_line_item li on li.id = oi.item_id and li.deleted_at is null
         join ${LINK_TABLES.productCooperative} pc
           on pc.product_id = li.product_id and pc.deleted_at is null
       ) on oi.order_id = o.id and oi.version = o.version
         and oi.deleted_at is null and pc.cooperative_id = oc.cooperative_id
      where oc.cooperative_id = ? and oc.deleted_at is null
      group by o.id
      order by o.created_at desc, o.id`,
    [cooperativeId]
  )
  return rows.map((row) => ({
    id: row.id,
    created_at: row.created_at,
    shipping_status: shippingStatus({
      order_status: row.status,
      ordered: Number(row.ordered),
      shipped: Number(row.shipped),
      delivered: Number(row.delivered),
    }),
  }))
}
