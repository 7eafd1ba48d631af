import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  ContainerRegistrationKeys,
  generateEntityId,
  Modules,
} from "@medusajs/framework/utils"
import { contributionsWithCounty } from "../../../backend/src/lib/attribution/contributions"
import {
  type MoneyMovement,
  planOrderLedger,
} from "../../../backend/src/lib/attribution/plan-entries"
import type { AttributableLine } from "../../../backend/src/lib/attribution/types"
import { ATTRIBUTION_MODULE } from "../../../backend/src/modules/attribution"
import type AttributionModuleService from "../../../backend/src/modules/attribution/service"
import type { EntryInput } from "../../../backend/src/modules/attribution/service"
import type { BaseStore } from "../base-store"
import { DEMO_LOGINS } from "./accounts"
import type { Container } from "./context"
import { loggerOf } from "./context"
import {
  type DemoBatch,
  type DemoShipping,
  type DemoVariant,
  demoOrderRows,
  type PlannedDemoOrder,
} from "./order-rows"
import { addAllocatedUnits } from "../scale/order-rows"
import { seededRandom } from "./random"

const DAY = 24 * 60 * 60 * 1000

const ADDRESS = {
  // The whole name in first_name (see demo/accounts.ts).
  first_name: "李晓梅",
  last_name: "",
  address_1: "天府大道北段 1700 号",
  address_2: "武侯区",
  city: "成都市",
  province: "四川省",
  postal_code: "610041",
  country_code: "cn",
  phone: "13800000000",
  metadata: { division_code: "510107" },
}

const buyerEmail = (i: number) => `buyer${i}@demo.tianfu`

// A sellable variant with its batches, oldest harvest first, and the units
// each has free (what allocation may still take).
type Sellable = DemoVariant & {
  harvested: number
  batches: (DemoBatch & { free: number })[]
}

// Historical orders over the past 18 months: most are captured, some partly
// or wholly refunded, a few canceled before capture, and every tenth is the
// demo customer's (so its impact receipts have data).
//
// Placing 200 orders through the checkout, capture, refund and cancel
// workflows one by one took 225 of a first start's 336 s. The workflows
// keep their own tests (tests/http/checkout, attribution, orders); the demo
// only needs what they leave behind. So the orders are planned here, in
// memory, and written in one transaction, as the scale seed writes its
// synthetic orders (scale/orders.ts): Medusa's rows as its modules write
// them (order-rows.ts), each line's batch allocation taken oldest harvest
// first as BatchModuleService.allocateUnits takes it, and the ledger from
// the production rule (planOrderLedger) through the attribution module's
// recordEntries, so `npm run reconcile` finds nothing to correct.
// Idempotent: order i is made only when fewer than i+1 demo orders exist,
// and all its draws come from its own index.
export async function ensureHistoricalOrders(
  container: Container,
  store: BaseStore,
  options: { count: number; now: number }
): Promise<number> {
  const logger = loggerOf(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const emails = [
    ...Array.from({ length: options.count }, (_, i) => buyerEmail(i)),
    DEMO_LOGINS.customer.email,
  ]
  const [{ count: existing }] = await knex("order")
    .whereIn("email", emails)
    .count({ count: "*" })
  const first = Number(existing)
  if (first >= options.count) return 0

  const sellable = await loadSellable(container, knex)
  const shipping = await loadShipping(container)
  const [customer] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: DEMO_LOGINS.customer.email })
  if (!sellable.length || !shipping) return 0

  // Checkout makes a guest customer for each new buyer email.
  const wanted = Array.from(
    { length: options.count - first },
    (_, k) => first + k
  )
  const { data: known } = await query.graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { email: wanted.map(buyerEmail) },
  })
  const customerOf = new Map(
    (known as { id: string; email: string }[]).map((c) => [c.email, c.id])
  )
  const newCustomers: { id: string; email: string; at: Date }[] = []

  const orders: PlannedDemoOrder[] = []
  for (const i of wanted) {
    const order = planOrder(i, sellable, shipping, options.now, (email) => {
      if (email === DEMO_LOGINS.customer.email && customer) return customer.id
      let id = customerOf.get(email)
      if (!id) {
        id = generateEntityId(undefined, "cus")
        customerOf.set(email, id)
        newCustomers.push({ id, email, at: new Date(options.now) })
      }
      return id
    })
    orders.push(order)
  }
  // A guest customer appears when its first order is placed.
  for (const c of newCustomers) {
    c.at = orders.find((o) => o.email === c.email)?.placed_at ?? c.at
  }

  const tables = demoOrderRows(orders, store, newCustomers, ADDRESS)
  await knex.transaction(async (trx) => {
    for (const [table, values] of tables) {
      if (values.length) await trx.batchInsert(table, values, 500)
    }
    // What allocation and reservations add to the counters (a cancel gave
    // its units back: nothing).
    const held = orders.filter((o) => !o.canceled_at).flatMap((o) => o.lines)
    const allocated = held.flatMap((l) => l.allocations)
    await addAllocatedUnits(
      trx,
      allocated.map((a) => ({ batchId: a.batch.id, quantity: a.quantity }))
    )
    await trx.raw(
      `update inventory_level l
          set reserved_quantity = l.reserved_quantity + v.quantity,
              raw_reserved_quantity = jsonb_build_object(
                'value', (l.reserved_quantity + v.quantity)::text,
                'precision', 20)
         from (select item, location, sum(quantity)::int as quantity
                 from unnest(?::text[], ?::text[], ?::int[])
                   as r(item, location, quantity)
                group by item, location) v
        where l.inventory_item_id = v.item and l.location_id = v.location
          and l.deleted_at is null`,
      [
        held.map((l) => l.variant.inventory_item_id),
        held.map((l) => l.variant.location_id),
        held.map((l) => l.quantity),
      ]
    )
  })

  const countyOf = await householdCounties(
    container,
    sellable.flatMap((v) => v.batches)
  )
  const ledger = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
  await ledger.recordEntries(orders.flatMap((o) => orderEntries(o, countyOf)))
  logger.info(`demo seed: historical orders ${options.count}/${options.count}`)
  return orders.length
}

// Order i: 1–3 lines of 1–3 items, placed between its goods' harvest (two
// days after) and yesterday within the last 18 months, captured 1–48 hours
// later; of every hundred about 4 canceled before capture (when it would
// have been captured), 11 partly refunded (10–40 %) and 5 wholly, 2–20 days
// after capture. Its lines take batch units as allocation would.
function planOrder(
  i: number,
  sellable: Sellable[],
  shipping: DemoShipping,
  now: number,
  customerFor: (email: string) => string
): PlannedDemoOrder {
  const random = seededRandom(5120000 + i)
  const email = i % 10 === 0 ? DEMO_LOGINS.customer.email : buyerEmail(i)
  const picks = Array.from({ length: random.int(1, 3) }, () => ({
    variant: random.pick(sellable),
    quantity: random.int(1, 3),
  }))
  const harvested = Math.max(...picks.map((p) => p.variant.harvested))
  const earliest = Math.max(now - 540 * DAY, harvested + 2 * DAY)
  const placedAt = earliest + random.next() * Math.max(now - DAY - earliest, 0)
  const latest = now - 3600e3
  const capturedAt = Math.min(placedAt + random.int(1, 48) * 3600e3, latest)
  const fate = random.next()
  const canceled = fate < 0.04
  const lines = picks.map(({ variant, quantity }) => {
    const allocations: PlannedDemoOrder["lines"][number]["allocations"] = []
    let wanted = quantity
    for (const batch of variant.batches) {
      const take = Math.min(wanted, batch.free)
      if (take <= 0) continue
      allocations.push({ batch, quantity: take })
      wanted -= take
      // A cancel releases its units again.
      if (!canceled) batch.free -= take
      if (!wanted) break
    }
    return {
      id: generateEntityId(undefined, "ordli"),
      variant,
      quantity,
      allocations,
    }
  })
  const net = lines.reduce((sum, l) => sum + l.variant.price * l.quantity, 0)
  const total = net + shipping.amount
  // Some refunds: a bad fruit or two (part), or everything.
  const refunded =
    canceled || fate <= 0.84
      ? 0
      : fate > 0.95
        ? total
        : Math.max(100, Math.round((total * random.int(10, 40)) / 100))
  const refundedAt = refunded
    ? Math.min(capturedAt + random.int(2, 20) * DAY, latest)
    : null
  return {
    id: generateEntityId(undefined, "order"),
    email,
    customer_id: customerFor(email),
    placed_at: new Date(placedAt),
    captured_at: canceled ? null : new Date(capturedAt),
    canceled_at: canceled ? new Date(capturedAt) : null,
    refunded_at: refundedAt === null ? null : new Date(refundedAt),
    lines,
    shipping,
    net,
    total,
    refunded,
    collection_id: generateEntityId(undefined, "pay_col"),
    capture_id: canceled ? null : generateEntityId(undefined, "capt"),
    refund_id: refunded ? generateEntityId(undefined, "ref") : null,
  }
}

// The ledger entries attribution writes for the order's capture and refund
// (none for an order canceled before capture): the same pure rule
// (planOrderLedger) over the same lines and allocations.
function orderEntries(
  order: PlannedDemoOrder,
  countyOf: Map<string, string>
): EntryInput[] {
  if (!order.capture_id || !order.captured_at) return []
  const lines: AttributableLine[] = order.lines.map((l) => ({
    line_item_id: l.id,
    cooperative_id: l.variant.cooperative.id,
    county_code: l.variant.cooperative.county_code,
    net_amount: l.variant.price * l.quantity,
    quantity: l.quantity,
    allocations: l.allocations.map((a) => ({
      batch_id: a.batch.id,
      quantity: a.quantity,
      batch_quantity: a.batch.quantity,
      contributions: contributionsWithCounty(a.batch.contributions, countyOf),
    })),
  }))
  const movements: MoneyMovement[] = [
    {
      kind: "capture",
      id: order.capture_id,
      payment_id: order.capture_id,
      amount: order.total,
      at: order.captured_at.toISOString(),
    },
  ]
  if (order.refund_id && order.refunded_at) {
    movements.push({
      kind: "refund",
      id: order.refund_id,
      payment_id: order.capture_id,
      amount: order.refunded,
      at: order.refunded_at.toISOString(),
    })
  }
  return planOrderLedger(
    { order_id: order.id, lines, total: order.total, movements },
    [],
    movements[movements.length - 1].at
  )
}

// Every variant with a batch, in SKU order (so the draws pick the same
// goods on every machine), with what an order line copies from it, its
// CNY price, its stock's inventory item and location, and its batches
// oldest harvest first with their free units.
async function loadSellable(
  container: Container,
  knex: Knex
): Promise<Sellable[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "product.id",
      "product.title",
      "product.description",
      "product.handle",
      "product.thumbnail",
      "product.cooperative.id",
      "product.cooperative.county_code",
      "prices.amount",
      "prices.currency_code",
      "inventory_items.inventory_item_id",
      "batches.id",
      "batches.harvested_at",
      "batches.created_at",
      "batches.quantity",
      "batches.stock_quantity",
      "batches.allocated_quantity",
      "batches.contributions.household_id",
      "batches.contributions.quantity",
    ],
  })
  type Batch = {
    id: string
    harvested_at: string
    created_at: string
    quantity: number
    stock_quantity: number
    allocated_quantity: number
    contributions?: ({ household_id: string | null; quantity: number } | null)[]
  }
  type Variant = {
    id: string
    title: string
    sku: string | null
    product?: {
      id: string
      title: string
      description: string | null
      handle: string
      thumbnail: string | null
      cooperative?: { id: string; county_code: string } | null
    } | null
    prices?: ({ amount: number; currency_code: string } | null)[]
    inventory_items?: ({ inventory_item_id: string } | null)[]
    batches?: (Batch | null)[]
  }
  const variants = data as Variant[]
  const items = variants.flatMap(
    (v) => v.inventory_items?.[0]?.inventory_item_id ?? []
  )
  const levels: { inventory_item_id: string; location_id: string }[] =
    items.length
      ? await knex("inventory_level")
          .select("inventory_item_id", "location_id")
          .whereIn("inventory_item_id", items)
          .whereNull("deleted_at")
      : []
  const locationOf = new Map(
    levels.map((l) => [l.inventory_item_id, l.location_id])
  )
  const time = (d: string) => new Date(d).getTime()
  return variants
    .flatMap((v): Sellable[] => {
      const batches = (v.batches ?? [])
        .filter((b): b is Batch => !!b)
        .sort(
          (a, b) =>
            time(a.harvested_at) - time(b.harvested_at) ||
            time(a.created_at) - time(b.created_at) ||
            (a.id < b.id ? -1 : 1)
        )
      const price = (v.prices ?? []).find((p) => p?.currency_code === "cny")
      const item = v.inventory_items?.[0]?.inventory_item_id
      const location = item ? locationOf.get(item) : undefined
      const cooperative = v.product?.cooperative
      if (!batches.length || !price || !item || !location || !cooperative) {
        return []
      }
      return [
        {
          id: v.id,
          product_id: v.product!.id,
          product_title: v.product!.title,
          product_description: v.product!.description,
          product_handle: v.product!.handle,
          thumbnail: v.product!.thumbnail,
          variant_title: v.title,
          sku: v.sku,
          // Demo prices are in yuan with at most two decimals.
          price: Math.round(Number(price.amount) * 100),
          cooperative: {
            id: cooperative.id,
            county_code: cooperative.county_code,
          },
          inventory_item_id: item,
          location_id: location,
          harvested: time(batches[0].harvested_at),
          batches: batches.map((b) => ({
            id: b.id,
            quantity: Number(b.quantity),
            free: Number(b.stock_quantity) - Number(b.allocated_quantity),
            contributions: (b.contributions ?? []).flatMap((c) =>
              c ? [{ household_id: c.household_id, quantity: c.quantity }] : []
            ),
          })),
        },
      ]
    })
    .sort((a, b) => (a.sku ?? a.id).localeCompare(b.sku ?? b.id))
}

// The store's first shipping option by name, with its CNY price.
async function loadShipping(
  container: Container
): Promise<DemoShipping | null> {
  const [option] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions({}, { take: 1, order: { name: "ASC" } })
  if (!option) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [priced],
  } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "prices.amount", "prices.currency_code"],
    filters: { id: option.id },
  })
  const price = (
    (priced?.prices ?? []) as ({
      amount: number
      currency_code: string
    } | null)[]
  ).find((p) => p?.currency_code === "cny")
  return {
    option_id: option.id,
    name: option.name,
    amount: Math.round(Number(price?.amount ?? 0) * 100),
  }
}

// Each contributing household's county, as attribution reads it.
async function householdCounties(
  container: Container,
  batches: DemoBatch[]
): Promise<Map<string, string>> {
  const ids = [
    ...new Set(
      batches.flatMap((b) =>
        b.contributions.flatMap((c) => (c.household_id ? [c.household_id] : []))
      )
    ),
  ]
  if (!ids.length) return new Map()
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "household",
      fields: ["id", "county_code"],
      filters: { id: ids },
    })
  return new Map(
    (data as { id: string; county_code: string }[]).map((h) => [
      h.id,
      h.county_code,
    ])
  )
}
