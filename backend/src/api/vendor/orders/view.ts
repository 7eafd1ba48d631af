import { getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import type { OrderDetailDTO } from "@medusajs/framework/types"

type OrderItem = {
  id: string
  title: string
  product_id?: string | null
  variant_id?: string | null
  variant_title?: string | null
  quantity?: number
  unit_price: number
  detail?: { quantity?: number; fulfilled_quantity?: number } | null
}

export const VENDOR_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "items.id",
  "items.title",
  "items.product_id",
  "items.variant_id",
  "items.variant_title",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.unit_price",
  "shipping_address.city",
  "shipping_address.province",
]

// A cooperative's view of an order: only its own lines, no customer contact.
export function toVendorOrder(
  order: Record<string, unknown> & { items?: (OrderItem | null)[] },
  productIds: Set<string>
) {
  const items = (order.items ?? []).flatMap((item) =>
    item && item.product_id && productIds.has(item.product_id)
      ? [
          {
            id: item.id,
            title: item.title,
            product_id: item.product_id,
            variant_id: item.variant_id ?? null,
            variant_title: item.variant_title ?? null,
            quantity: Number(item.quantity ?? item.detail?.quantity ?? 0),
            fulfilled_quantity: Number(item.detail?.fulfilled_quantity ?? 0),
            unit_price: item.unit_price,
          },
        ]
      : []
  )
  const units = items.reduce((sum, item) => sum + item.quantity, 0)
  const shipped = items.reduce((sum, item) => sum + item.fulfilled_quantity, 0)
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    created_at: order.created_at,
    currency_code: order.currency_code,
    // Of the cooperative's own lines, not of the whole order.
    fulfillment_status:
      shipped === 0
        ? "not_fulfilled"
        : shipped < units
          ? "partially_fulfilled"
          : "fulfilled",
    payment_status: Array.isArray(order.payment_collections)
      ? getLastPaymentStatus(order as unknown as OrderDetailDTO)
      : null,
    shipping_address: order.shipping_address ?? null,
    items,
  }
}
