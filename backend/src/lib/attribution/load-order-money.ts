import type { MedusaContainer } from "@medusajs/framework/types"
import {
  BigNumber,
  ContainerRegistrationKeys,
  getLineItemTotals,
} from "@medusajs/framework/utils"
import { contributionsWithCounty } from "./contributions"
import { lineAllocations } from "./line-allocations"
import { lineQuantity } from "./line-quantity"
import { toFen } from "./money"
import type { AttributableLine } from "./types"

type Movement = { id: string; amount: unknown; created_at: string | Date }
type Payment = { id: string; captures?: Movement[]; refunds?: Movement[] }
type Item = {
  id: string
  product_id?: string | null
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  unit_price: number
  raw_unit_price?: { value: string } | null
  is_tax_inclusive?: boolean
  adjustments?: ({ amount: number; is_tax_inclusive: boolean } | null)[]
  tax_lines?: ({ rate: number } | null)[]
}

export type OrderMoneySnapshot = {
  order_id: string
  lines: AttributableLine[]
  payments: { id: string; captured_at: string | null; captured: number }[]
  refunds: { id: string; amount: number; created_at: string }[]
}

// The raw fields Medusa's own line totals are computed from. Asking for a
// total field instead makes the order module decorate whole orders, which
// costs ~35 ms an order; getLineItemTotals on these gives the same numbers.
const ORDER_FIELDS = [
  "id",
  "items.id",
  "items.product_id",
  "items.quantity",
  "items.detail.quantity",
  "items.unit_price",
  "items.raw_unit_price",
  "items.is_tax_inclusive",
  "items.adjustments.amount",
  "items.adjustments.is_tax_inclusive",
  "items.tax_lines.rate",
  "payment_collections.payments.id",
  "payment_collections.payments.captures.id",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.created_at",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
]

// An order line's net amount in fen: Medusa's subtotal minus its discount
// subtotal (after discounts, before tax and shipping).
function lineNetAmount(item: Item): number {
  const totals = getLineItemTotals(
    {
      id: item.id,
      unit_price: new BigNumber(item.raw_unit_price ?? item.unit_price),
      quantity: new BigNumber(lineQuantity(item)),
      is_tax_inclusive: item.is_tax_inclusive,
      adjustments: (item.adjustments ?? []).filter((a) => !!a),
      tax_lines: (item.tax_lines ?? []).filter((t) => !!t),
    },
    { includeTax: true }
  )
  return toFen(totals.subtotal) - toFen(totals.discount_subtotal)
}

const iso = (d: string | Date) => new Date(d).toISOString()

type OrderCooperative = { id: string; county_code: string }

// What the money of one order is, without its allocations: each line of a
// cooperative's product with its net amount (after discounts, before tax
// and shipping) in fen, and the captures and refunds on its payments.
export type OrderMoney = {
  order_id: string
  items: (Item & { cooperative: OrderCooperative; net_amount: number })[]
  payments: OrderMoneySnapshot["payments"]
  refunds: OrderMoneySnapshot["refunds"]
}

// Reads the money of many orders with two queries (orders with their item
// totals and payments; their products' cooperatives), so reconciliation
// can check a page of orders at a time. Missing orders are left out.
export async function loadOrdersMoney(
  container: MedusaContainer,
  orderIds: string[]
): Promise<OrderMoney[]> {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: orderIds },
  })
  const itemsOf = (order: { items?: unknown }) =>
    ((order.items ?? []) as (Item | null)[]).filter((i): i is Item => !!i)
  const productIds = [
    ...new Set(
      orders.flatMap((o) =>
        itemsOf(o).flatMap((i) => (i.product_id ? [i.product_id] : []))
      )
    ),
  ]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "cooperative.id", "cooperative.county_code"],
        filters: { id: productIds },
      })
    : { data: [] }
  const cooperativeOf = new Map(
    (
      products as { id: string; cooperative?: OrderCooperative | null }[]
    ).flatMap((p) => (p.cooperative ? [[p.id, p.cooperative] as const] : []))
  )
  return orders.map((order) => {
    const payments = (
      (order.payment_collections ?? []) as ({
        payments?: (Payment | null)[]
      } | null)[]
    ).flatMap((pc) => (pc?.payments ?? []).filter((p): p is Payment => !!p))
    return {
      order_id: order.id as string,
      // Lines of products outside any cooperative are not attributed.
      items: itemsOf(order).flatMap((item) => {
        const cooperative = item.product_id
          ? cooperativeOf.get(item.product_id)
          : undefined
        if (!cooperative) return []
        return [{ ...item, cooperative, net_amount: lineNetAmount(item) }]
      }),
      payments: payments.map((p) => {
        const captures = (p.captures ?? []).filter(Boolean)
        return {
          id: p.id,
          captured: captures.reduce(
            (sum, c) => sum + toFen(c.amount as string),
            0
          ),
          captured_at: captures.length
            ? captures.map((c) => iso(c.created_at)).sort()[0]
            : null,
        }
      }),
      refunds: payments
        .flatMap((p) => (p.refunds ?? []).filter(Boolean))
        .map((r) => ({
          id: r.id,
          amount: toFen(r.amount as string),
          created_at: iso(r.created_at),
        }))
        .sort(
          (a, b) =>
            a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id)
        ),
    }
  })
}

// Everything the attribution rule needs about one order, in fen: its money
// (see loadOrdersMoney) and each line's batch allocations with their
// contributions.
export async function loadOrderMoney(
  container: MedusaContainer,
  orderId: string
): Promise<OrderMoneySnapshot> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [money] = await loadOrdersMoney(container, [orderId])
  const items = money?.items ?? []
  const allocations = await lineAllocations(
    container,
    items.map((i) => i.id)
  )
  const batchIds = [...new Set(allocations.map((a) => a.batch_id))]
  const { data: batches } = batchIds.length
    ? await query.graph({
        entity: "batch",
        fields: [
          "id",
          "quantity",
          "harvested_at",
          "contributions.household_id",
          "contributions.quantity",
        ],
        filters: { id: batchIds },
      })
    : { data: [] }
  const typedBatches = batches as {
    id: string
    quantity: number
    harvested_at: string
    contributions?: ({
      household_id: string | null
      quantity: number
    } | null)[]
  }[]
  const householdIds = [
    ...new Set(
      typedBatches.flatMap((b) =>
        (b.contributions ?? []).flatMap((c) =>
          c?.household_id ? [c.household_id] : []
        )
      )
    ),
  ]
  const { data: households } = householdIds.length
    ? await query.graph({
        entity: "household",
        fields: ["id", "county_code"],
        filters: { id: householdIds },
      })
    : { data: [] }
  const countyOf = new Map(
    (households as { id: string; county_code: string }[]).map((h) => [
      h.id,
      h.county_code,
    ])
  )
  const batchById = new Map(typedBatches.map((b) => [b.id, b]))

  const lines: AttributableLine[] = items.map((item) => ({
    line_item_id: item.id,
    cooperative_id: item.cooperative.id,
    county_code: item.cooperative.county_code,
    net_amount: item.net_amount,
    quantity: lineQuantity(item),
    allocations: allocations
      .filter((a) => a.order_line_item_id === item.id)
      .flatMap((a) => {
        const batch = batchById.get(a.batch_id)
        return batch ? [{ a, batch }] : []
      })
      .sort(
        (x, y) =>
          iso(x.batch.harvested_at).localeCompare(iso(y.batch.harvested_at)) ||
          x.batch.id.localeCompare(y.batch.id)
      )
      .map(({ a, batch }) => ({
        batch_id: batch.id,
        quantity: a.quantity,
        batch_quantity: batch.quantity,
        contributions: contributionsWithCounty(
          batch.contributions ?? [],
          countyOf
        ),
      })),
  }))
  return {
    order_id: orderId,
    lines,
    payments: money?.payments ?? [],
    refunds: money?.refunds ?? [],
  }
}
