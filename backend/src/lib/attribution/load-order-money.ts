import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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
  subtotal?: unknown
  discount_subtotal?: unknown
}

export type OrderMoneySnapshot = {
  order_id: string
  lines: AttributableLine[]
  payments: { id: string; captured_at: string | null; captured: number }[]
  refunds: { id: string; amount: number; created_at: string }[]
}

// A top-level total field makes Medusa's order module compute the totals
// of the items too (see OrderModuleService.shouldIncludeTotals).
const ORDER_FIELDS = [
  "id",
  "item_subtotal",
  "items.id",
  "items.product_id",
  "items.quantity",
  "items.detail.quantity",
  "items.subtotal",
  "items.discount_subtotal",
  "payment_collections.payments.id",
  "payment_collections.payments.captures.id",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.created_at",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
]

const iso = (d: string | Date) => new Date(d).toISOString()

// Everything the attribution rule needs about one order, in fen: each line's
// net amount (after discounts, before tax and shipping), its cooperative and
// batch allocations with their contributions, and the money captured and
// refunded on its payments.
export async function loadOrderMoney(
  container: MedusaContainer,
  orderId: string
): Promise<OrderMoneySnapshot> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: orderId },
  })
  const items = ((order?.items ?? []) as (Item | null)[]).filter(
    (i): i is Item => !!i
  )
  const payments = (
    (order?.payment_collections ?? []) as ({
      payments?: (Payment | null)[]
    } | null)[]
  ).flatMap((pc) => (pc?.payments ?? []).filter((p): p is Payment => !!p))

  const productIds = [
    ...new Set(items.flatMap((i) => (i.product_id ? [i.product_id] : []))),
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
      products as {
        id: string
        cooperative?: { id: string; county_code: string } | null
      }[]
    ).map((p) => [p.id, p.cooperative ?? null])
  )
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

  const lines: AttributableLine[] = items.flatMap((item) => {
    const cooperative = item.product_id
      ? cooperativeOf.get(item.product_id)
      : null
    // Lines of products outside any cooperative are not attributed.
    if (!cooperative) return []
    return [
      {
        line_item_id: item.id,
        cooperative_id: cooperative.id,
        county_code: cooperative.county_code,
        net_amount:
          toFen(item.subtotal as string) -
          toFen(item.discount_subtotal as string),
        quantity: lineQuantity(item),
        allocations: allocations
          .filter((a) => a.order_line_item_id === item.id)
          .flatMap((a) => {
            const batch = batchById.get(a.batch_id)
            return batch ? [{ a, batch }] : []
          })
          .sort(
            (x, y) =>
              iso(x.batch.harvested_at).localeCompare(
                iso(y.batch.harvested_at)
              ) || x.batch.id.localeCompare(y.batch.id)
          )
          .map(({ a, batch }) => ({
            batch_id: batch.id,
            quantity: a.quantity,
            batch_quantity: batch.quantity,
            contributions: (batch.contributions ?? []).flatMap((c) =>
              c
                ? [
                    {
                      household_id: c.household_id,
                      county_code: c.household_id
                        ? (countyOf.get(c.household_id) ?? null)
                        : null,
                      quantity: c.quantity,
                    },
                  ]
                : []
            ),
          })),
      },
    ]
  })
  const snapshot: OrderMoneySnapshot = {
    order_id: orderId,
    lines,
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
  return snapshot
}
