import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { shippingStatus } from "@tianfu/domain"
import { ownShipments, VENDOR_ORDER_FIELDS } from "../vendor/orders/view"

type Line = {
  id: string
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  product_id?: string | null
  quantity?: number
  detail?: {
    quantity?: number
    shipped_quantity?: number
    delivered_quantity?: number
  } | null
}

// An order by parcel: each cooperative ships its own lines, so the order
// arrives in one parcel per cooperative (or more), each with its status by
// the one rule (shippingStatus), its carrier and waybill. What the shopper's
// order page and the operator's order page in /app show; callers check who
// may read the order. An unknown order is a 404.
export async function orderParcels(scope: MedusaContainer, orderId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      ...VENDOR_ORDER_FIELDS.filter((f) => !f.startsWith("shipping_address")),
      "items.product_title",
    ],
    filters: { id: orderId },
  })
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${orderId} was not found`
    )
  }
  const lines = ((order.items ?? []) as (Line | null)[]).flatMap((l) =>
    l ? [l] : []
  )
  const productIds = [
    ...new Set(lines.flatMap((l) => (l.product_id ? [l.product_id] : []))),
  ]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id",
          "cooperative.id",
          "cooperative.name",
          "cooperative.handle",
        ],
        filters: { id: productIds },
      })
    : { data: [] }
  const cooperativeOf = new Map(
    products.map((p) => [p.id as string, p.cooperative ?? null])
  )
  const groups = new Map<
    string,
    { cooperative: { name: string; handle: string } | null; lines: Line[] }
  >()
  for (const line of lines) {
    const coop = line.product_id ? cooperativeOf.get(line.product_id) : null
    const key = coop?.id ?? "none"
    const group = groups.get(key) ?? {
      cooperative: coop ? { name: coop.name, handle: coop.handle } : null,
      lines: [] as Line[],
    }
    group.lines.push(line)
    groups.set(key, group)
  }
  const units = (l: Line, key: "shipped_quantity" | "delivered_quantity") =>
    Number(l.detail?.[key] ?? 0)
  const ordered = (l: Line) => Number(l.quantity ?? l.detail?.quantity ?? 0)
  const statusOf = (group: Line[]) =>
    shippingStatus({
      order_status: String(order.status),
      ordered: group.reduce((s, l) => s + ordered(l), 0),
      shipped: group.reduce((s, l) => s + units(l, "shipped_quantity"), 0),
      delivered: group.reduce((s, l) => s + units(l, "delivered_quantity"), 0),
    })
  return {
    order_id: order.id,
    shipping_status: statusOf(lines),
    parcels: [...groups.values()].map((group) => ({
      cooperative: group.cooperative,
      shipping_status: statusOf(group.lines),
      lines: group.lines.map((l) => ({
        id: l.id,
        title: l.product_title ?? l.title ?? null,
        variant_title: l.variant_title ?? null,
        quantity: ordered(l),
        shipped_quantity: units(l, "shipped_quantity"),
        delivered_quantity: units(l, "delivered_quantity"),
      })),
      shipments: ownShipments(
        order.fulfillments as Parameters<typeof ownShipments>[0],
        new Set(group.lines.map((l) => l.id))
      ),
    })),
  }
}
