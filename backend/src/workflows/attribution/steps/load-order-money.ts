import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  BigNumber,
  ContainerRegistrationKeys,
  getLineItemTotals,
  MathBN,
} from "@medusajs/framework/utils"
import { contributionsWithCounty } from "../../../lib/attribution/contributions"
import { lineQuantity } from "../../../lib/attribution/line-quantity"
import { toFen } from "../../../lib/attribution/money"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import { BATCH_MODULE } from "../../../modules/batch"
import type BatchModuleService from "../../../modules/batch/service"
import type AttributionModuleService from "../../../modules/attribution/service"
import type {
  MoneyMovement,
  OrderLedgerInput,
  PostedLedgerEntry,
} from "../../../lib/attribution/plan-entries"
import type { AttributableLine } from "../../../lib/attribution/types"

type Movement = { id: string; amount: unknown; created_at: string | Date }
type Payment = { id: string; captures?: Movement[]; refunds?: Movement[] }
type Adjustment = {
  amount: number
  is_tax_inclusive: boolean
  version?: number | null
}
type Item = {
  id: string
  product_id?: string | null
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  unit_price: number
  raw_unit_price?: { value: string } | null
  is_tax_inclusive?: boolean
  adjustments?: (Adjustment | null)[]
  tax_lines?: ({ rate: number } | null)[]
}
type ShippingMethod = {
  id: string
  amount: number
  raw_amount?: { value: string } | null
  is_tax_inclusive?: boolean
  adjustments?: (Adjustment | null)[]
  tax_lines?: ({ rate: number } | null)[]
}

export type OrderMoneySnapshot = OrderLedgerInput & {
  // Why the order's current version cannot be trusted (a line twice in one
  // version), or null: attribution writes nothing from such an order.
  inconsistency: string | null
}

// The raw fields Medusa's own line totals are computed from. Asking for a
// total field instead makes the order module decorate whole orders, which
// costs ~35 ms an order; getLineItemTotals on these gives the same numbers.
const ORDER_FIELDS = [
  "id",
  "version",
  "items.id",
  "items.product_id",
  "items.quantity",
  "items.detail.quantity",
  "items.unit_price",
  "items.raw_unit_price",
  "items.is_tax_inclusive",
  "items.adjustments.amount",
  "items.adjustments.is_tax_inclusive",
  "items.adjustments.version",
  "items.tax_lines.rate",
  "shipping_methods.id",
  "shipping_methods.amount",
  "shipping_methods.raw_amount",
  "shipping_methods.is_tax_inclusive",
  "shipping_methods.adjustments.amount",
  "shipping_methods.adjustments.is_tax_inclusive",
  "shipping_methods.adjustments.version",
  "shipping_methods.tax_lines.rate",
  "payment_collections.payments.id",
  "payment_collections.payments.captures.id",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.created_at",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
]

// Medusa keeps a line's adjustments once per order version (each new
// version gets its own copy) and loads only the current version's; so do
// we. Summing them all subtracts a discount once per refund or edit the
// order went through.
function currentAdjustments(
  adjustments: (Adjustment | null)[] | undefined,
  orderVersion: number
): Adjustment[] {
  return (adjustments ?? []).filter(
    (a): a is Adjustment =>
      !!a &&
      (a.version === undefined || a.version === null
        ? true
        : a.version === orderVersion)
  )
}

// An order line's net amount in fen (Medusa's subtotal minus its discount
// subtotal: after discounts, before tax and shipping) and its total with
// tax, from the current version's adjustments.
function lineAmounts(item: Item, orderVersion: number) {
  const totals = getLineItemTotals(
    {
      id: item.id,
      unit_price: new BigNumber(item.raw_unit_price ?? item.unit_price),
      quantity: new BigNumber(lineQuantity(item)),
      is_tax_inclusive: item.is_tax_inclusive,
      adjustments: currentAdjustments(item.adjustments, orderVersion),
      tax_lines: (item.tax_lines ?? []).filter((t) => !!t),
    },
    { includeTax: true }
  )
  return {
    net: toFen(totals.subtotal) - toFen(totals.discount_subtotal),
    total: totals.total,
  }
}

// A shipping method's total with tax in fen: Medusa's line arithmetic on a
// line of one unit at the method's amount is the same as its shipping
// totals (amount, its adjustments, its tax lines).
function shippingTotal(method: ShippingMethod, orderVersion: number) {
  const totals = getLineItemTotals(
    {
      id: method.id,
      unit_price: new BigNumber(method.raw_amount ?? method.amount),
      quantity: new BigNumber(1),
      is_tax_inclusive: method.is_tax_inclusive,
      adjustments: currentAdjustments(method.adjustments, orderVersion),
      tax_lines: (method.tax_lines ?? []).filter((t) => !!t),
    },
    { includeTax: true }
  )
  return totals.total
}

const iso = (d: string | Date) => new Date(d).toISOString()

type OrderCooperative = { id: string; county_code: string }

// What the money of one order is, without its allocations: each line of a
// cooperative's product with its net amount in fen, the order's total, and
// every capture and refund on its payments.
export type OrderMoney = {
  order_id: string
  items: (Item & { cooperative: OrderCooperative; net_amount: number })[]
  total: number
  movements: MoneyMovement[]
  inconsistency: string | null
}

// Reads the money of many orders with two queries (orders with their items,
// shipping and payments; their products' cooperatives). Missing orders are
// left out.
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
    const version = Number(order.version ?? 1)
    const payments = (
      (order.payment_collections ?? []) as ({
        payments?: (Payment | null)[]
      } | null)[]
    ).flatMap((pc) => (pc?.payments ?? []).filter((p): p is Payment => !!p))
    const items = itemsOf(order)
    const shipping = (
      (order.shipping_methods ?? []) as (ShippingMethod | null)[]
    ).filter((m): m is ShippingMethod => !!m)
    const amounts = new Map(items.map((i) => [i.id, lineAmounts(i, version)]))
    const movementsOf = (
      kind: MoneyMovement["kind"],
      payment: Payment,
      list: Movement[] | undefined
    ): MoneyMovement[] =>
      (list ?? []).filter(Boolean).map((m) => ({
        kind,
        id: m.id,
        payment_id: payment.id,
        amount: toFen(m.amount as string),
        at: iso(m.created_at),
      }))
    return {
      order_id: order.id as string,
      // Lines of products outside any cooperative are not attributed.
      items: items.flatMap((item) => {
        const cooperative = item.product_id
          ? cooperativeOf.get(item.product_id)
          : undefined
        if (!cooperative) return []
        return [{ ...item, cooperative, net_amount: amounts.get(item.id)!.net }]
      }),
      // Summed exactly and taken to fen once, as the order's own total.
      total: toFen(
        MathBN.add(
          0,
          ...[...amounts.values()].map((a) => a.total),
          ...shipping.map((m) => shippingTotal(m, version))
        )
      ),
      movements: payments.flatMap((p) => [
        ...movementsOf("capture", p, p.captures),
        ...movementsOf("refund", p, p.refunds),
      ]),
      inconsistency: repeatedLine(items, version),
    }
  })
}

// A line that appears more than once in one order version: what concurrent
// order changes left behind before refunds were serialised. Its items and
// totals cannot be trusted.
function repeatedLine(items: Item[], version: number): string | null {
  const seen = new Set<string>()
  for (const item of items) {
    if (seen.has(item.id)) {
      return `line ${item.id} appears more than once in order version ${version}`
    }
    seen.add(item.id)
  }
  return null
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
  const batchModule: BatchModuleService = container.resolve(BATCH_MODULE)
  const allocations = await batchModule.heldAllocations(items.map((i) => i.id))
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
      .filter((a) => a.line_item_id === item.id)
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
    total: money?.total ?? 0,
    movements: money?.movements ?? [],
    inconsistency: money?.inconsistency ?? null,
  }
}

// Step 1 of attributeOrderPaymentsWorkflow: the order's money as above,
// with the ledger entries already posted for it.
export const loadOrderMoneyStep = createStep(
  "load-order-money",
  async (input: { order_id: string }, { container }) => {
    const money = await loadOrderMoney(container, input.order_id)
    const ledger: AttributionModuleService =
      container.resolve(ATTRIBUTION_MODULE)
    const existing = await ledger.listAttributionEntries(
      { order_id: input.order_id },
      { take: null }
    )
    const posted: PostedLedgerEntry[] = existing.map((e) => ({
      line_item_id: e.line_item_id,
      batch_id: e.batch_id,
      household_id: e.household_id,
      cooperative_id: e.cooperative_id,
      county_code: e.county_code,
      amount: e.amount,
      kind: e.kind,
      source_event_id: e.source_event_id,
      occurred_at: new Date(e.occurred_at).toISOString(),
    }))
    return new StepResponse({ ...money, posted })
  }
)
