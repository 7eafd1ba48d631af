type OrderItem = {
  id: string
  title: string
  product_id?: string | null
  variant_id?: string | null
  variant_title?: string | null
  quantity: number
  unit_price: number
}

export const VENDOR_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "fulfillment_status",
  "payment_status",
  "items.id",
  "items.title",
  "items.product_id",
  "items.variant_id",
  "items.variant_title",
  "items.quantity",
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
            quantity: item.quantity,
            unit_price: item.unit_price,
          },
        ]
      : []
  )
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    created_at: order.created_at,
    currency_code: order.currency_code,
    fulfillment_status: order.fulfillment_status ?? null,
    payment_status: order.payment_status ?? null,
    shipping_address: order.shipping_address ?? null,
    items,
  }
}
