import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { attributableAmount } from "../../../backend/src/lib/attribution/ledger-rule"
import { BATCH_MODULE } from "../../../backend/src/modules/batch"
import type BatchModuleService from "../../../backend/src/modules/batch/service"
import { loadOrderMoney } from "../../../backend/src/workflows/attribution/steps/load-order-money"
import type { Container } from "./context"

export type SideChecks = {
  orders: number
  // Orders with at least one batch allocation / ledger entry.
  allocated: number
  attributed: number
  // Orders whose ledger total is not captured net to the fen (checked on
  // the enabled side only: the stock side is meant to have no ledger).
  ledger_differences: number | null
}

export type OrderChecks = {
  disabled: SideChecks
  enabled: SideChecks
  // The stock side must carry none of the feature's work, the enabled side
  // all of it; false means the timings above are not what they claim.
  passed: boolean
}

const SETTLE_MS = 1000

async function sideChecks(
  container: Container,
  orderIds: string[],
  reconcile: boolean
): Promise<SideChecks> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "items.id"],
    filters: { id: orderIds },
  })
  const orderOfItem = new Map(
    (orders as { id: string; items?: ({ id: string } | null)[] }[]).flatMap(
      (o) => (o.items ?? []).flatMap((i) => (i ? [[i.id, o.id] as const] : []))
    )
  )
  const held = await container
    .resolve<BatchModuleService>(BATCH_MODULE)
    .heldAllocations([...orderOfItem.keys()])
  const allocated = new Set(held.map((a) => orderOfItem.get(a.line_item_id)))
  const sums: { order_id: string; actual: string }[] = await knex(
    "attribution_entry"
  )
    .whereIn("order_id", orderIds)
    .groupBy("order_id")
    .select(
      "order_id",
      knex.raw(
        "sum(case when kind = 'sale' then amount else -amount end)::bigint as actual"
      )
    )
  const ledger = new Map(sums.map((s) => [s.order_id, Number(s.actual)]))
  let differences = 0
  for (const id of reconcile ? orderIds : []) {
    const money = await loadOrderMoney(container, id)
    const net = money.lines.reduce((sum, l) => sum + l.net_amount, 0)
    const captured = money.movements
      .filter((m) => m.kind === "capture")
      .reduce((sum, m) => sum + m.amount, 0)
    const expected = attributableAmount({
      net,
      total: money.total,
      captured,
      refunded: 0,
    })
    if (expected !== (ledger.get(id) ?? 0)) differences++
  }
  return {
    orders: orderIds.length,
    allocated: allocated.size,
    attributed: ledger.size,
    ledger_differences: reconcile ? differences : null,
  }
}

// After the timings (and a pause, in case anything still ran in the
// background): stock orders have no allocation and no ledger entries, and
// every enabled order is allocated and attributed to the fen.
export async function checkOrders(
  container: Container,
  ids: { disabled: string[]; enabled: string[] }
): Promise<OrderChecks> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  const disabled = await sideChecks(container, ids.disabled, false)
  const enabled = await sideChecks(container, ids.enabled, true)
  return {
    disabled,
    enabled,
    passed:
      disabled.allocated === 0 &&
      disabled.attributed === 0 &&
      enabled.allocated === enabled.orders &&
      enabled.attributed === enabled.orders &&
      enabled.ledger_differences === 0,
  }
}
