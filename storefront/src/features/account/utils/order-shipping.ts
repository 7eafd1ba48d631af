import { type ShippingStatus, shippingStatus } from "@tianfu/domain"

type Item = {
  quantity?: number | string | null
  detail?: {
    shipped_quantity?: number | string | null
    delivered_quantity?: number | string | null
  } | null
}

// The order's shipping status from Medusa's per-line quantities, by the
// rule the console and the order's parcels use (Medusa's own order-level
// status reads "shipped" once any one cooperative has shipped).
export function orderShippingStatus(order: {
  status?: string | null
  items?: (Item | null)[] | null
}): ShippingStatus {
  const items = (order.items ?? []).flatMap((item) => (item ? [item] : []))
  const sum = (value: (item: Item) => unknown) =>
    items.reduce((total, item) => total + Number(value(item) ?? 0), 0)
  return shippingStatus({
    order_status: String(order.status ?? ""),
    ordered: sum((item) => item.quantity),
    shipped: sum((item) => item.detail?.shipped_quantity),
    delivered: sum((item) => item.detail?.delivered_quantity),
  })
}
