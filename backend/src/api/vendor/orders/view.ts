import { getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import type { OrderDetailDTO } from "@medusajs/framework/types"
import { shippingStatus } from "@tianfu/domain"

type OrderItem = {
  id: string
  title: string
  product_id?: string | null
  variant_id?: string | null
  variant_title?: string | null
  quantity?: number
  unit_price: number
  detail?: {
    quantity?: number
    fulfilled_quantity?: number
    shipped_quantity?: number
    delivered_quantity?: number
  } | null
}

type Fulfillment = {
  id: string
  created_at?: string | Date | null
  shipped_at?: string | Date | null
  delivered_at?: string | Date | null
  canceled_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  labels?: ({ tracking_number?: string; tracking_url?: string } | null)[]
  items?: ({ line_item_id?: string | null; quantity?: number } | null)[]
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
  "items.detail.shipped_quantity",
  "items.detail.delivered_quantity",
  "items.unit_price",
  "shipping_address.city",
  "shipping_address.province",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.metadata",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.items.line_item_id",
  "fulfillments.items.quantity",
]

const iso = (value: string | Date | null | undefined) =>
  value ? new Date(value).toISOString() : null

// The parcels that carry the cooperative's lines: fulfilments whose every
// item is one of them (a cooperative ships only its own lines), canceled
// ones left out, oldest first.
export function ownShipments(
  fulfillments: (Fulfillment | null)[] | undefined,
  lineIds: Set<string>
) {
  return (fulfillments ?? [])
    .flatMap((f) => {
      const items = (f?.items ?? []).flatMap((i) =>
        i?.line_item_id ? [i] : []
      )
      if (
        !f ||
        f.canceled_at ||
        !items.length ||
        !items.every((i) => lineIds.has(i.line_item_id as string))
      )
        return []
      const label = (f.labels ?? []).find((l) => l?.tracking_number)
      return [
        {
          id: f.id,
          carrier: (f.metadata?.carrier as string | undefined) ?? null,
          tracking_number: label?.tracking_number ?? null,
          tracking_url: label?.tracking_url || null,
          created_at: iso(f.created_at),
          shipped_at: iso(f.shipped_at),
          delivered_at: iso(f.delivered_at),
          items: items.map((i) => ({
            line_item_id: i.line_item_id as string,
            quantity: Number(i.quantity ?? 0),
          })),
        },
      ]
    })
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
}

// A cooperative's view of an order: only its own lines and parcels, no
// customer contact (the recipient is a separate, audited read).
export function toVendorOrder(
  order: Record<string, unknown> & {
    items?: (OrderItem | null)[]
    fulfillments?: (Fulfillment | null)[]
  },
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
            shipped_quantity: Number(item.detail?.shipped_quantity ?? 0),
            delivered_quantity: Number(item.detail?.delivered_quantity ?? 0),
            unit_price: item.unit_price,
          },
        ]
      : []
  )
  const sum = (key: "quantity" | "shipped_quantity" | "delivered_quantity") =>
    items.reduce((total, item) => total + item[key], 0)
  const shipments = ownShipments(
    order.fulfillments,
    new Set(items.map((item) => item.id))
  )
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    created_at: order.created_at,
    currency_code: order.currency_code,
    // Of the cooperative's own lines, not of the whole order.
    shipping_status: shippingStatus({
      order_status: String(order.status),
      ordered: sum("quantity"),
      shipped: sum("shipped_quantity"),
      delivered: sum("delivered_quantity"),
    }),
    payment_status: Array.isArray(order.payment_collections)
      ? getLastPaymentStatus(order as unknown as OrderDetailDTO)
      : null,
    shipping_address: order.shipping_address ?? null,
    items,
    shipments,
  }
}
