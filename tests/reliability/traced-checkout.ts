import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import pLimit from "p-limit"
import { type Actor, operator } from "../helpers/actors"
import { buckwheatTea, createProduct } from "../helpers/catalog"
import {
  captureOrderPayment,
  prepareCart,
  prepareStorefront,
} from "../helpers/checkout"
import { eventually } from "../helpers/eventually"
import { redisCommand } from "../helpers/redis"
import { ZHAOJUE } from "../helpers/fixtures"
import type { HttpSuite } from "../helpers/medusa-app"
import { addBatch, addHousehold } from "../helpers/provenance"
import { createCounties, registerApprovedCooperative } from "../helpers/tenants"

// What the checkout reliability suites share: a batch-traced product with
// three contributing households, and what the database holds afterwards.
type Request = HttpSuite["request"]

import { CARTS } from "./carts"

export { CARTS }
export const UNITS_PER_CART = 2

export type TracedProduct = {
  publishableKey: string
  admin: Actor
  variant: string
  batchId: string
}

export type Sql = <T>(text: string, bindings?: string[]) => Promise<T[]>

// Reads straight from the test database, whichever process wrote it.
export function sqlOn(getContainer: () => MedusaContainer): Sql {
  return async <T>(text: string, bindings: string[] = []) => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    return (await knex.raw(text, bindings)).rows as T[]
  }
}

// The store, an approved cooperative with three member households and one
// product whose batch holds exactly the units the carts will order, set up
// through the in-process app before any child process starts.
export async function setUpTracedProduct(
  request: Request,
  container: MedusaContainer,
  handle: string
): Promise<TracedProduct> {
  const storefront = await prepareStorefront(container)
  const admin = await operator(container, request)
  await createCounties(request, admin, [ZHAOJUE])
  const { coop } = await registerApprovedCooperative(
    request,
    admin,
    {
      email: `owner@${handle}.coop`,
      name: "进程可靠性测试合作社",
      handle,
      county_code: ZHAOJUE.code,
      serial: "REL000002",
    },
    {
      email: `reviewer@${handle}.gov`,
      name: "审核员",
      jurisdiction_code: ZHAOJUE.code,
    }
  )
  const households = [
    await addHousehold(request, coop, ZHAOJUE.code, 1),
    await addHousehold(request, coop, ZHAOJUE.code, 2),
    await addHousehold(request, coop, ZHAOJUE.code, 3),
  ]
  const product = await createProduct(request, coop, buckwheatTea())
  const variant = product.variants[0].id
  const stock = CARTS * UNITS_PER_CART
  const batchId = await addBatch(request, coop, variant, stock, [
    { household_id: households[0], quantity: Math.floor(stock / 3) },
    { household_id: households[1], quantity: Math.floor(stock / 3) },
    { household_id: households[2], quantity: Math.floor(stock / 4) },
  ])
  return { publishableKey: storefront.publishableKey, admin, variant, batchId }
}

// What the database holds after checkout, whatever the clients were told:
// orders (live ones), which cart each came from, and the batch's allocation
// counted both on the batch's counter and in its allocation records.
export async function placedOrders(sql: Sql, batchId: string) {
  const orders = await sql<{
    id: string
    cart_id: string | null
    created_at: Date
  }>(
    `select o.id, oc.cart_id, o.created_at
       from "order" o
       left join order_cart oc on oc.order_id = o.id and oc.deleted_at is null
      where o.deleted_at is null`
  )
  const [{ allocated }] = await sql<{ allocated: number }>(
    "select allocated_quantity::int as allocated from batch where id = ?",
    [batchId]
  )
  const [{ recorded }] = await sql<{ recorded: number }>(
    `select coalesce(sum(quantity), 0)::int as recorded
       from batch_allocation
      where batch_id = ? and released_at is null and deleted_at is null`,
    [batchId]
  )
  return { orders, allocated, recorded }
}

export type Placement = {
  order_id: string
  // Payments made from the cart's payment session and not canceled: a
  // storefront checkout authorizes exactly one.
  live_payments: number
  session_status: string | null
  // Medusa's inventory reservations for the order's lines.
  reserved: number
  // Units of its lines allocated to batches (the batch module's records).
  allocated: number
  // Cooperatives that see the order (linked by the order.placed subscriber).
  cooperatives: number
}

// What a finished placement leaves behind, per order: an authorized
// payment, reserved stock, its lines allocated to batches and the link that
// shows the order to its cooperative. A placement cut short may have created the order and
// stopped before any of these.
export async function placements(sql: Sql): Promise<Placement[]> {
  const [coopLink] = await sql<{ name: string }>(
    `select table_name as name from information_schema.columns
      where table_schema = 'public' and column_name = 'cooperative_id'
        and table_name like 'cooperative%order%'
        and table_name in (
          select table_name from information_schema.columns
           where table_schema = 'public' and column_name = 'order_id')`
  )
  if (!coopLink) throw new Error("no cooperative ↔ order link table")
  return sql<Placement>(
    `select o.id as order_id,
            (select count(*)::int from order_payment_collection opc
               join payment p on p.payment_collection_id = opc.payment_collection_id
              where opc.order_id = o.id and opc.deleted_at is null
                and p.deleted_at is null and p.canceled_at is null) as live_payments,
            (select string_agg(ps.status, ',') from order_payment_collection opc
               join payment_session ps on ps.payment_collection_id = opc.payment_collection_id
              where opc.order_id = o.id and opc.deleted_at is null
                and ps.deleted_at is null) as session_status,
            (select coalesce(sum(ri.quantity), 0)::int from reservation_item ri
              where ri.deleted_at is null and ri.line_item_id in (
                select oi.item_id from order_item oi where oi.order_id = o.id)) as reserved,
            (select coalesce(sum(al.quantity), 0)::int from batch_allocation al
              where al.deleted_at is null and al.released_at is null
                and al.line_item_id in (
                select oi.item_id from order_item oi where oi.order_id = o.id)) as allocated,
            (select count(*)::int from "${coopLink.name}" cl
              where cl.order_id = o.id and cl.deleted_at is null) as cooperatives
       from "order" o
      where o.deleted_at is null`
  )
}

// Every order finished its placement: one authorized payment, its units
// reserved and allocated to the batch, visible to its cooperative. The cooperative link is written by
// the worker's order.placed subscriber, hence eventually. Returns the
// orders that were not finished when it gave up (none when it passes).
export async function unfinishedPlacements(
  sql: Sql,
  timeoutMs = 60_000
): Promise<Placement[]> {
  let unfinished: Placement[] = []
  await eventually(
    async () => {
      unfinished = (await placements(sql)).filter(
        (p) =>
          p.live_payments !== 1 ||
          p.reserved !== UNITS_PER_CART ||
          p.allocated !== UNITS_PER_CART ||
          p.cooperatives !== 1
      )
      expect(unfinished).toEqual([])
    },
    { timeoutMs, intervalMs: 1000 }
  ).catch(() => undefined)
  return unfinished
}

// Exactly one order per cart and no order without a cart: the carts' orders
// are exactly the ones the database holds.
export function ordersByCart(
  orders: { id: string; cart_id: string | null }[]
): { byCart: Map<string, string[]>; withoutCart: string[] } {
  const byCart = new Map<string, string[]>()
  const withoutCart: string[] = []
  for (const order of orders) {
    if (!order.cart_id) {
      withoutCart.push(order.id)
      continue
    }
    byCart.set(order.cart_id, [...(byCart.get(order.cart_id) ?? []), order.id])
  }
  return { byCart, withoutCart }
}

// Captures every order's payment through `requestFor(i)` (a child server),
// waits until the worker's payment.captured subscriber has booked each
// order, then runs a reconciliation. Returns the reconciliation's answer.
export async function captureAndReconcile(
  requestFor: (index: number) => Request,
  admin: Actor,
  orderIds: string[],
  sql: Sql
): Promise<{
  status: number
  orders_checked: number
  differences: unknown[]
  timings: { capture_ms: number; ledger_ms: number; reconcile_ms: number }
}> {
  const limit = pLimit(5)
  const capturing = Date.now()
  await Promise.all(
    orderIds.map((orderId, i) =>
      limit(() => captureOrderPayment(requestFor(i), admin, orderId))
    )
  )
  const booking = Date.now()
  await eventually(
    async () => {
      const [{ booked }] = await sql<{ booked: number }>(
        "select count(distinct order_id)::int as booked from attribution_entry"
      )
      expect(booked).toBe(orderIds.length)
    },
    { timeoutMs: 180_000, intervalMs: 500 }
  )
  const reconciling = Date.now()
  const reconciliation = await requestFor(0)()
    .post("/admin/attribution/reconciliation")
    .set(admin.headers)
    .send({})
  return {
    status: reconciliation.status,
    orders_checked: reconciliation.body.run?.orders_checked,
    differences: reconciliation.body.differences,
    timings: {
      capture_ms: booking - capturing,
      ledger_ms: reconciling - booking,
      reconcile_ms: Date.now() - reconciling,
    },
  }
}

// Events a workflow emitted and Medusa's Redis event bus still holds back:
// a workflow's events are staged in Redis ("staging:<group>") and released
// only when the whole workflow finishes, so a process killed mid-workflow
// leaves them there (until their 10-minute TTL) and they are never
// delivered. Returns the staged event names with how often each occurs.
export async function stagedEvents(
  redisUrl: string
): Promise<Record<string, number>> {
  const keys = (await redisCommand(redisUrl, ["KEYS", "staging:*"]))
    .split("\r\n")
    .filter((line) => line.startsWith("staging:"))
  const names: Record<string, number> = {}
  for (const key of keys) {
    const events = await redisCommand(redisUrl, ["LRANGE", key, "0", "-1"])
    for (const [, name] of events.matchAll(/"name":"([^"]+)"/g)) {
      names[name] = (names[name] ?? 0) + 1
    }
  }
  return names
}

export function report(line: string) {
  process.stdout.write(`reliability: ${line}\n`)
}

// One guest cart per shopper, ready to complete, 8 prepared at a time; each
// has its own email, because stock Medusa races creating the guest customer
// when several carts set the same new email at once (400 "already exists"),
// which is not what these suites are about. `request` may spread the calls
// over several servers.
export async function prepareTracedCarts(
  request: Request,
  product: TracedProduct,
  suite: string
) {
  const prepare = pLimit(8)
  return Promise.all(
    Array.from({ length: CARTS }, (_, i) =>
      prepare(() =>
        prepareCart(request, {
          publishableKey: product.publishableKey,
          items: [{ variant_id: product.variant, quantity: UNITS_PER_CART }],
          email: `shopper-${i}@${suite}.test`,
        })
      )
    )
  )
}
