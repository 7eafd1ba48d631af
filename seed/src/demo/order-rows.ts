import { generateEntityId } from "@medusajs/framework/utils"
import type { BaseStore } from "../base-store"
import {
  money,
  raw,
  refundRows,
  type Row,
  stamps,
  summaryTotals,
  ZERO_QUANTITIES,
} from "../scale/order-rows"

export type DemoVariant = {
  id: string
  product_id: string
  product_title: string
  product_description: string | null
  product_handle: string
  thumbnail: string | null
  variant_title: string
  sku: string | null
  // Fen, the variant's CNY price.
  price: number
  cooperative: { id: string; county_code: string }
  inventory_item_id: string
  location_id: string
}

export type DemoBatch = {
  id: string
  // The batch's size in its own unit, which its contributions share.
  quantity: number
  contributions: { household_id: string | null; quantity: number }[]
}

export type DemoShipping = {
  option_id: string
  name: string
  // Fen.
  amount: number
}

export type PlannedDemoOrder = {
  id: string
  email: string
  customer_id: string
  placed_at: Date
  // Captured, or canceled before capture at that moment.
  captured_at: Date | null
  canceled_at: Date | null
  refunded_at: Date | null
  lines: {
    id: string
    variant: DemoVariant
    quantity: number
    // Oldest harvest first, as BatchModuleService.allocateUnits takes them.
    allocations: { batch: DemoBatch; quantity: number }[]
  }[]
  shipping: DemoShipping
  // Fen: the items' total (no discounts, no tax), and with shipping.
  net: number
  total: number
  refunded: number
  collection_id: string
  capture_id: string | null
  refund_id: string | null
}

// The rows Medusa's modules and the project's workflows leave for one of the
// demo's historical orders, as the checkout, capture, refund and cancel
// workflows wrote them one by one (compared column by column with theirs):
// the guest customer, the order with its addresses, lines, shipping method
// and summary; the payment collection, session, payment, capture and
// refund with the order's transactions; a refund or a cancel as Medusa
// records it, a confirmed credit-line change making version 2 (the lines and
// shipping copied to it); the inventory reservations (soft-deleted by a
// cancel); the cooperative links and the batch allocations (released by a
// cancel). What the checkout leaves behind it (the cart, its placement
// record) is not written: nothing reads it once the order exists. Table by
// table, in an order that satisfies foreign keys.
export function demoOrderRows(
  orders: PlannedDemoOrder[],
  store: BaseStore,
  newCustomers: { id: string; email: string; at: Date }[],
  address: Row
): [string, Row[]][] {
  const tables: Record<string, Row[]> = {
    customer: [],
    order_address: [],
    order: [],
    order_summary: [],
    order_line_item: [],
    order_item: [],
    order_shipping_method: [],
    order_shipping: [],
    order_change: [],
    order_change_action: [],
    order_credit_line: [],
    payment_collection: [],
    payment_session: [],
    payment: [],
    capture: [],
    refund: [],
    order_payment_collection: [],
    order_transaction: [],
    reservation_item: [],
    cooperative_cooperative_order_order: [],
    batch_allocation: [],
  }
  for (const customer of newCustomers) {
    tables.customer.push({
      id: customer.id,
      email: customer.email,
      has_account: false,
      ...stamps(customer.at),
    })
  }
  for (const order of orders) {
    const placed = stamps(order.placed_at)
    // A refund or a cancel confirms a credit-line change: version 2.
    const changedAt = order.refunded_at ?? order.canceled_at
    const version = changedAt ? 2 : 1
    const shippingAddress = generateEntityId(undefined, "ordaddr")
    const billingAddress = generateEntityId(undefined, "ordaddr")
    for (const id of [shippingAddress, billingAddress]) {
      tables.order_address.push({ id, ...address, ...placed })
    }
    tables.order.push({
      id: order.id,
      region_id: store.regionId,
      sales_channel_id: store.salesChannelId,
      customer_id: order.customer_id,
      version,
      status: order.canceled_at ? "canceled" : "pending",
      is_draft_order: false,
      no_notification: false,
      email: order.email,
      currency_code: "cny",
      shipping_address_id: shippingAddress,
      billing_address_id: billingAddress,
      canceled_at: order.canceled_at,
      created_at: order.placed_at,
      updated_at: changedAt ?? order.captured_at ?? order.placed_at,
    })
    const paid = order.capture_id ? order.total : 0
    tables.order_summary.push({
      id: generateEntityId(undefined, "ordsum"),
      order_id: order.id,
      version: 1,
      totals: summaryTotals(order.total, paid, order.refunded, null),
      ...placed,
    })
    const method = generateEntityId(undefined, "ordsm")
    tables.order_shipping_method.push({
      id: method,
      name: order.shipping.name,
      ...money("amount", order.shipping.amount),
      is_tax_inclusive: false,
      is_custom_amount: false,
      shipping_option_id: order.shipping.option_id,
      data: {},
      ...placed,
    })
    for (const v of changedAt ? [1, 2] : [1]) {
      tables.order_shipping.push({
        id: generateEntityId(undefined, "ordspmv"),
        order_id: order.id,
        version: v,
        shipping_method_id: method,
        ...placed,
      })
    }
    for (const line of order.lines) {
      const variant = line.variant
      tables.order_line_item.push({
        id: line.id,
        title: variant.product_title,
        subtitle: variant.variant_title,
        thumbnail: variant.thumbnail,
        variant_id: variant.id,
        product_id: variant.product_id,
        product_title: variant.product_title,
        product_description: variant.product_description,
        product_handle: variant.product_handle,
        variant_sku: variant.sku,
        variant_title: variant.variant_title,
        requires_shipping: true,
        is_discountable: true,
        is_tax_inclusive: false,
        is_custom_price: false,
        is_giftcard: false,
        ...money("unit_price", variant.price),
        metadata: {},
        ...placed,
      })
      const item = {
        order_id: order.id,
        item_id: line.id,
        quantity: line.quantity,
        raw_quantity: raw(line.quantity),
        ...ZERO_QUANTITIES,
        metadata: {},
      }
      tables.order_item.push({
        id: generateEntityId(undefined, "orditem"),
        version: 1,
        ...item,
        ...placed,
      })
      if (changedAt) {
        // The next version's copy carries the line's price.
        tables.order_item.push({
          id: generateEntityId(undefined, "orditem"),
          version: 2,
          ...item,
          ...money("unit_price", variant.price),
          ...stamps(changedAt),
        })
      }
      tables.reservation_item.push({
        id: generateEntityId(undefined, "resitem"),
        line_item_id: line.id,
        inventory_item_id: variant.inventory_item_id,
        location_id: variant.location_id,
        quantity: line.quantity,
        raw_quantity: raw(line.quantity),
        allow_backorder: false,
        ...placed,
        ...(order.canceled_at
          ? { updated_at: order.canceled_at, deleted_at: order.canceled_at }
          : {}),
      })
      for (const allocation of line.allocations) {
        tables.batch_allocation.push({
          id: generateEntityId(undefined, "balloc"),
          line_item_id: line.id,
          batch_id: allocation.batch.id,
          quantity: allocation.quantity,
          released_at: order.canceled_at,
          ...placed,
          ...(order.canceled_at ? { updated_at: order.canceled_at } : {}),
        })
      }
    }
    for (const cooperative of new Set(
      order.lines.map((l) => l.variant.cooperative.id)
    )) {
      tables.cooperative_cooperative_order_order.push({
        id: generateEntityId(undefined, "link"),
        cooperative_id: cooperative,
        order_id: order.id,
        ...placed,
      })
    }

    const session = generateEntityId(undefined, "payses")
    const payment = generateEntityId(undefined, "pay")
    tables.payment_collection.push({
      id: order.collection_id,
      currency_code: "cny",
      ...money("amount", order.total),
      ...money("authorized_amount", order.total),
      ...money("captured_amount", paid),
      ...money("refunded_amount", order.refunded),
      status: order.canceled_at ? "canceled" : "completed",
      completed_at: order.captured_at,
      ...placed,
    })
    tables.order_payment_collection.push({
      id: generateEntityId(undefined, "ordpay"),
      order_id: order.id,
      payment_collection_id: order.collection_id,
      ...placed,
    })
    tables.payment_session.push({
      id: session,
      currency_code: "cny",
      ...money("amount", order.total),
      provider_id: "pp_system_default",
      data: {},
      context: {},
      metadata: {},
      status: "authorized",
      authorized_at: order.placed_at,
      payment_collection_id: order.collection_id,
      ...placed,
    })
    tables.payment.push({
      id: payment,
      currency_code: "cny",
      ...money("amount", order.total),
      provider_id: "pp_system_default",
      data: {},
      captured_at: order.captured_at,
      canceled_at: order.canceled_at,
      payment_collection_id: order.collection_id,
      payment_session_id: session,
      ...placed,
    })
    if (order.capture_id && order.captured_at) {
      tables.capture.push({
        id: order.capture_id,
        payment_id: payment,
        ...money("amount", order.total),
        ...stamps(order.captured_at),
      })
      tables.order_transaction.push({
        id: generateEntityId(undefined, "ordtrx"),
        order_id: order.id,
        version: 1,
        currency_code: "cny",
        ...money("amount", order.total),
        reference: "capture",
        reference_id: order.capture_id,
        ...stamps(order.captured_at),
      })
    }
    if (order.refund_id && order.refunded_at) {
      const [refund, transaction] = refundRows(
        {
          id: order.refund_id,
          order_id: order.id,
          payment_id: payment,
          fen: order.refunded,
        },
        order.refunded_at
      )
      tables.refund.push(refund)
      tables.order_transaction.push(transaction)
    }
    if (changedAt) {
      // What refundPaymentWorkflow and cancelOrderWorkflow confirm: a
      // credit line for the money given back (0 for a cancel before
      // capture) in the order's second version.
      const change = generateEntityId(undefined, "ordch")
      tables.order_change.push({
        id: change,
        order_id: order.id,
        version: 2,
        change_type: "credit_line",
        status: "confirmed",
        confirmed_at: changedAt,
        ...stamps(changedAt),
      })
      tables.order_change_action.push({
        id: generateEntityId(undefined, "ordchact"),
        order_id: order.id,
        version: 2,
        ordering: 1,
        order_change_id: change,
        reference: "payment_collection",
        reference_id: order.collection_id,
        action: "CREDIT_LINE_ADD",
        details: {},
        ...money("amount", order.refunded),
        applied: true,
        ...stamps(changedAt),
      })
      tables.order_credit_line.push({
        id: generateEntityId(undefined, "ordcl"),
        order_id: order.id,
        version: 2,
        reference: "payment_collection",
        reference_id: order.collection_id,
        ...money("amount", order.refunded),
        metadata: { created_in_version: 2 },
        ...stamps(changedAt),
      })
      tables.order_summary.push({
        id: generateEntityId(undefined, "ordsum"),
        order_id: order.id,
        version: 2,
        totals: summaryTotals(
          order.total,
          paid,
          order.refunded,
          order.refunded
        ),
        ...stamps(changedAt),
      })
    }
  }
  return Object.entries(tables)
}
