import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import type { BaseStore } from "../base-store"
import type { ScaleBatch } from "./batches"

export type PlannedOrder = {
  id: string
  email: string
  placed_at: Date
  captured_at: Date
  refunded_at: Date | null
  lines: { id: string; batch: ScaleBatch; quantity: number }[]
  // Fen: the items' total (no shipping, no tax), all of it captured.
  net: number
  refunded: number
  capture_id: string
  refund_id: string | null
}

export type Row = Record<string, unknown>

// Medusa keeps amounts in yuan with a raw decimal twin (shared with the
// demo's historical orders, demo/order-rows.ts).
export const yuan = (fen: number) => (fen / 100).toFixed(2)
export const raw = (value: string | number) => ({
  value: String(value),
  precision: 20,
})
export const money = (column: string, fen: number) => ({
  [column]: yuan(fen),
  [`raw_${column}`]: raw(yuan(fen)),
})
export const stamps = (at: Date) => ({ created_at: at, updated_at: at })

export const ZERO_QUANTITIES = [
  "fulfilled_quantity",
  "delivered_quantity",
  "shipped_quantity",
  "return_requested_quantity",
  "return_received_quantity",
  "return_dismissed_quantity",
  "written_off_quantity",
].reduce<Row>((row, column) => ({ ...row, ...money(column, 0) }), {})

// Order summary totals as Medusa's order module keeps them: `paid` and
// `refunded` are what the payments did, `credit` the credit line a refund
// (or a cancel, with 0) adds in the order's next version.
export function summaryTotals(
  total: number,
  paid: number,
  refunded: number,
  credit: number | null
) {
  const totals: Row = {}
  const put = (name: string, fen: number) => {
    totals[name] = Number(yuan(fen))
    totals[`raw_${name}`] = raw(yuan(fen))
  }
  const current = total - (credit ?? 0)
  put("paid_total", paid)
  put("refunded_total", refunded)
  put("accounting_total", current)
  put("credit_line_total", credit ?? 0)
  put("transaction_total", paid - refunded)
  put("pending_difference", current - (paid - refunded))
  put("current_order_total", current)
  put("original_order_total", total)
  return totals
}

// A refund of a captured payment as refundPaymentWorkflow records it: the
// refund and the order's (version 1) transaction taking the amount back.
export function refundRows(
  refund: { id: string; order_id: string; payment_id: string; fen: number },
  at: Date,
  extra: Row = {}
): [Row, Row] {
  return [
    {
      id: refund.id,
      payment_id: refund.payment_id,
      ...money("amount", refund.fen),
      ...extra,
      ...stamps(at),
    },
    {
      id: generateEntityId(undefined, "ordtrx"),
      order_id: refund.order_id,
      version: 1,
      currency_code: "cny",
      ...money("amount", -refund.fen),
      reference: "refund",
      reference_id: refund.id,
      ...stamps(at),
    },
  ]
}

// What allocations add to their batches' counters, in one statement.
export async function addAllocatedUnits(
  trx: Knex,
  allocations: { batchId: string; quantity: number }[]
): Promise<void> {
  await trx.raw(
    `update batch set allocated_quantity = allocated_quantity + v.quantity
       from (select id, sum(quantity)::int as quantity
               from unnest(?::text[], ?::int[]) as a(id, quantity)
              group by id) v
      where batch.id = v.id`,
    [allocations.map((a) => a.batchId), allocations.map((a) => a.quantity)]
  )
}

// The rows of Medusa's order, payment and link tables, and the batch
// module's allocation records, for a chunk of planned orders, table by
// table, in an order that satisfies foreign keys.
export function orderRows(
  orders: PlannedOrder[],
  store: BaseStore
): [string, Row[]][] {
  const tables: Record<string, Row[]> = {
    order: [],
    order_summary: [],
    order_line_item: [],
    order_item: [],
    payment_collection: [],
    payment_session: [],
    payment: [],
    capture: [],
    refund: [],
    order_payment_collection: [],
    order_transaction: [],
    cooperative_cooperative_order_order: [],
    batch_allocation: [],
  }
  for (const order of orders) {
    const placed = stamps(order.placed_at)
    const captured = order.captured_at
    const collection = generateEntityId(undefined, "pay_col")
    const session = generateEntityId(undefined, "payses")
    const payment = generateEntityId(undefined, "pay")
    tables.order.push({
      id: order.id,
      region_id: store.regionId,
      sales_channel_id: store.salesChannelId,
      version: 1,
      status: "completed",
      is_draft_order: false,
      email: order.email,
      currency_code: "cny",
      metadata: { synthetic: true },
      ...placed,
    })
    tables.order_summary.push({
      id: generateEntityId(undefined, "ordsum"),
      order_id: order.id,
      version: 1,
      totals: summaryTotals(order.net, order.net, order.refunded, null),
      ...placed,
    })
    for (const line of order.lines) {
      const variant = line.batch.variant
      const unitFen = Math.round(variant.price * 100)
      tables.order_line_item.push({
        id: line.id,
        title: variant.title,
        variant_id: variant.id,
        product_id: variant.product_id,
        product_title: variant.title,
        variant_title: variant.variant_title,
        variant_sku: variant.sku,
        requires_shipping: true,
        is_discountable: true,
        is_tax_inclusive: false,
        is_custom_price: false,
        is_giftcard: false,
        ...money("unit_price", unitFen),
        ...placed,
      })
      tables.order_item.push({
        id: generateEntityId(undefined, "orditem"),
        order_id: order.id,
        version: 1,
        item_id: line.id,
        quantity: line.quantity,
        raw_quantity: raw(line.quantity),
        ...ZERO_QUANTITIES,
        ...placed,
      })
      // The line's allocation: the batch module's record, which a cancel
      // releases (the caller moves batch.allocated_quantity with it).
      tables.batch_allocation.push({
        id: generateEntityId(undefined, "balloc"),
        line_item_id: line.id,
        batch_id: line.batch.id,
        quantity: line.quantity,
        ...placed,
      })
    }
    for (const cooperative of new Set(
      order.lines.map((l) => l.batch.variant.cooperative.id)
    )) {
      tables.cooperative_cooperative_order_order.push({
        id: generateEntityId(undefined, "link"),
        cooperative_id: cooperative,
        order_id: order.id,
        ...placed,
      })
    }
    tables.payment_collection.push({
      id: collection,
      currency_code: "cny",
      ...money("amount", order.net),
      ...money("authorized_amount", order.net),
      ...money("captured_amount", order.net),
      ...money("refunded_amount", order.refunded),
      status: "completed",
      completed_at: captured,
      ...placed,
    })
    tables.order_payment_collection.push({
      id: generateEntityId(undefined, "ordpay"),
      order_id: order.id,
      payment_collection_id: collection,
      ...placed,
    })
    tables.payment_session.push({
      id: session,
      currency_code: "cny",
      ...money("amount", order.net),
      provider_id: "pp_system_default",
      data: {},
      status: "authorized",
      authorized_at: order.placed_at,
      payment_collection_id: collection,
      ...placed,
    })
    tables.payment.push({
      id: payment,
      currency_code: "cny",
      ...money("amount", order.net),
      provider_id: "pp_system_default",
      data: {},
      captured_at: captured,
      payment_collection_id: collection,
      payment_session_id: session,
      ...placed,
    })
    tables.capture.push({
      id: order.capture_id,
      payment_id: payment,
      ...money("amount", order.net),
      ...stamps(captured),
    })
    tables.order_transaction.push({
      id: generateEntityId(undefined, "ordtrx"),
      order_id: order.id,
      version: 1,
      currency_code: "cny",
      ...money("amount", order.net),
      reference: "capture",
      reference_id: order.capture_id,
      ...stamps(captured),
    })
    if (order.refund_id && order.refunded_at) {
      const [refund, transaction] = refundRows(
        {
          id: order.refund_id,
          order_id: order.id,
          payment_id: payment,
          fen: order.refunded,
        },
        order.refunded_at,
        { note: "合成数据 · synthetic" }
      )
      tables.refund.push(refund)
      tables.order_transaction.push(transaction)
    }
  }
  return Object.entries(tables)
}
