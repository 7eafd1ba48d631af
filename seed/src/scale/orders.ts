import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Logger } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  generateEntityId,
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
import type { Container } from "../demo/context"
import { seededRandom } from "../demo/random"
import type { ScaleBatch } from "./batches"
import { progressBar } from "./progress"
import { addAllocatedUnits, orderRows, type PlannedOrder } from "./order-rows"

export const SYNTHETIC_BUYER_DOMAIN = "@synthetic.invalid"
const CHUNK = 1000
const DAY = 24 * 3600 * 1000
const REFUND_SHARE = 0.1

// Ledger rows already written for synthetic orders.
export async function syntheticLedgerRows(knex: Knex): Promise<number> {
  const row = await knex("attribution_entry as e")
    .join("order as o", "o.id", "e.order_id")
    .where("o.email", "like", `%${SYNTHETIC_BUYER_DOMAIN}`)
    .count({ count: "*" })
    .first()
  return Number(row?.count ?? 0)
}

// One synthetic order: 1–3 lines of different variants, 1–3 items each,
// allocated to the variant's batch while it has units left, placed between
// the batch's harvest and now, captured an hour later; one in ten is later
// refunded in part or in full. Ids are Medusa's own kinds (order_, ordli_,
// capt_, …) so every Medusa read treats the order as any other.
function planOrder(
  n: number,
  batches: ScaleBatch[],
  random: ReturnType<typeof seededRandom>,
  now: number
): PlannedOrder | null {
  const lines: PlannedOrder["lines"] = []
  for (
    let k = random.int(1, 3), tries = 0;
    lines.length < k && tries < 10;
    tries++
  ) {
    const batch = random.pick(batches)
    const quantity = random.int(1, 3)
    if (
      lines.some((l) => l.batch.id === batch.id) ||
      batch.stock_quantity - batch.allocated_quantity < quantity
    ) {
      continue
    }
    batch.allocated_quantity += quantity
    lines.push({ id: generateEntityId(undefined, "ordli"), batch, quantity })
  }
  if (!lines.length) return null
  const harvested = Math.max(...lines.map((l) => l.batch.harvested_at))
  const placedAt =
    harvested + 7 * DAY + random.next() * (now - 2 * DAY - harvested - 7 * DAY)
  const net = lines.reduce(
    (sum, l) => sum + Math.round(l.batch.variant.price * 100) * l.quantity,
    0
  )
  const refunded =
    random.next() < REFUND_SHARE
      ? random.next() < 0.4
        ? net
        : Math.max(1, Math.round(net * (0.1 + random.next() * 0.8)))
      : 0
  return {
    id: generateEntityId(undefined, "order"),
    email: `buyer${n}${SYNTHETIC_BUYER_DOMAIN}`,
    placed_at: new Date(placedAt),
    captured_at: new Date(placedAt + 3600e3),
    refunded_at: refunded
      ? new Date(Math.min(placedAt + random.int(2, 20) * DAY, now - DAY))
      : null,
    lines,
    net,
    refunded,
    capture_id: generateEntityId(undefined, "capt"),
    refund_id: refunded ? generateEntityId(undefined, "ref") : null,
  }
}

// The ledger entries production would write for the order's capture and
// refund events: the same pure rule (planOrderLedger) over the same lines.
function orderEntries(
  order: PlannedOrder,
  countyOf: Map<string, string>
): EntryInput[] {
  const lines: AttributableLine[] = order.lines.map((l) => ({
    line_item_id: l.id,
    cooperative_id: l.batch.variant.cooperative.id,
    county_code: l.batch.variant.cooperative.county_code,
    net_amount: Math.round(l.batch.variant.price * 100) * l.quantity,
    quantity: l.quantity,
    allocations: [
      {
        batch_id: l.batch.id,
        quantity: l.quantity,
        batch_quantity: l.batch.quantity,
        contributions: contributionsWithCounty(l.batch.contributions, countyOf),
      },
    ],
  }))
  const at = (d: Date | string) => new Date(d).toISOString()
  const movements: MoneyMovement[] = [
    {
      kind: "capture",
      id: order.capture_id,
      payment_id: order.capture_id,
      amount: order.net,
      at: at(order.captured_at),
    },
  ]
  if (order.refund_id && order.refunded_at) {
    movements.push({
      kind: "refund",
      id: order.refund_id,
      payment_id: order.capture_id,
      amount: order.refunded,
      at: at(order.refunded_at),
    })
  }
  // No shipping or tax on synthetic orders: their total is their net.
  const entries: EntryInput[] = planOrderLedger(
    { order_id: order.id, lines, total: order.net, movements },
    [],
    at(order.refunded_at ?? order.captured_at)
  )
  return entries
}

// Adds synthetic orders until the ledger holds `ledgerRows` rows for them.
// Each chunk of orders is written in one transaction straight into Medusa's
// order and payment tables (the rows Medusa's own order and payment modules
// write for a placed order with a captured, possibly refunded payment),
// with its batch allocations; its ledger entries then
// go through the attribution module's recordEntries, like production's.
export async function ensureScaleOrders(
  container: Container,
  logger: Logger,
  store: BaseStore,
  batches: ScaleBatch[],
  options: {
    ledgerRows: number
    now: number
    // Each contributing household's county.
    countyOf: Map<string, string>
  }
): Promise<{ orders: number; ledger_rows: number }> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const ledger = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
  let rows = await syntheticLedgerRows(knex)
  const [{ count }] = await knex("order")
    .where("email", "like", `%${SYNTHETIC_BUYER_DOMAIN}`)
    .count({ count: "*" })
  let n = Number(count)
  const report = progressBar(logger, "ledger rows", options.ledgerRows)
  report(Math.min(rows, options.ledgerRows))
  let made = 0
  while (rows < options.ledgerRows) {
    const random = seededRandom(1_000_003 + n)
    const orders: PlannedOrder[] = []
    while (orders.length < CHUNK) {
      const order = planOrder(n + orders.length, batches, random, options.now)
      if (!order) break
      orders.push(order)
    }
    if (!orders.length) {
      logger.warn(
        "seed:scale: the synthetic batches have no units left; add products"
      )
      break
    }
    const tables = orderRows(orders, store)
    await knex.transaction(async (trx) => {
      for (const [table, values] of tables) {
        if (values.length) await trx.batchInsert(table, values, 1000)
      }
      const allocated = orders.flatMap((o) => o.lines)
      await addAllocatedUnits(
        trx,
        allocated.map((l) => ({ batchId: l.batch.id, quantity: l.quantity }))
      )
    })
    const written = await ledger.recordEntries(
      orders.flatMap((o) => orderEntries(o, options.countyOf))
    )
    rows += written.length
    n += orders.length
    made += orders.length
    report(Math.min(rows, options.ledgerRows))
  }
  return { orders: made, ledger_rows: rows }
}
