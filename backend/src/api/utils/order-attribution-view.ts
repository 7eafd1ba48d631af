import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { holdingKey } from "../../lib/attribution/ledger-drafts"
import { attributableAmount } from "../../lib/attribution/ledger-rule"
import { loadOrderMoney } from "../../workflows/attribution/steps/load-order-money"
import { ATTRIBUTION_MODULE } from "../../modules/attribution"
import type AttributionModuleService from "../../modules/attribution/service"

type Position = {
  batch_id: string | null
  household_id: string | null
  county_code: string
  sales: number
  refunds: number
  amount: number
}

// An order's attribution as a client checks it: the figures the rule reads
// (net, total, captured, refunded, in fen), the target they give, and per
// line its allocation to batches and what each household (by id only: no
// personal data) and the cooperative hold. `cooperativeId` narrows it to
// one cooperative's lines (its own view); an order with none of them is a
// 404, as for an id that does not exist.
export async function orderAttributionView(
  container: MedusaContainer,
  orderId: string,
  cooperativeId?: string
) {
  const money = await loadOrderMoney(container, orderId)
  const lines = money.lines.filter(
    (l) => !cooperativeId || l.cooperative_id === cooperativeId
  )
  if (cooperativeId && !lines.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${orderId} was not found`
    )
  }
  const ledger: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  const entries = await ledger.listAttributionEntries(
    { order_id: orderId },
    { take: null }
  )
  const positions = new Map<string, Position & { line_item_id: string }>()
  for (const e of entries) {
    if (cooperativeId && e.cooperative_id !== cooperativeId) continue
    const key = holdingKey(e)
    const p = positions.get(key) ?? {
      line_item_id: e.line_item_id,
      batch_id: e.batch_id,
      household_id: e.household_id,
      county_code: e.county_code,
      sales: 0,
      refunds: 0,
      amount: 0,
    }
    if (e.kind === "sale") p.sales += e.amount
    else p.refunds += e.amount
    p.amount = p.sales - p.refunds
    positions.set(key, p)
  }
  const captured = sumOf(money.movements, "capture")
  const refunded = sumOf(money.movements, "refund")
  const net = money.lines.reduce((sum, l) => sum + l.net_amount, 0)
  const held = [...positions.values()]
  return {
    order_id: orderId,
    consistent: !money.inconsistency,
    ...(cooperativeId
      ? {}
      : {
          net_amount: net,
          order_total: money.total,
          captured,
          refunded,
          target: attributableAmount({
            net,
            total: money.total,
            captured,
            refunded,
          }),
        }),
    ledger_total: held.reduce((sum, p) => sum + p.amount, 0),
    lines: lines.map((line) => ({
      line_item_id: line.line_item_id,
      cooperative_id: line.cooperative_id,
      county_code: line.county_code,
      quantity: line.quantity,
      net_amount: line.net_amount,
      allocations: line.allocations.map((a) => ({
        batch_id: a.batch_id,
        quantity: a.quantity,
      })),
      holdings: held
        .filter((p) => p.line_item_id === line.line_item_id)
        .map(({ line_item_id: _line, ...p }) => p),
    })),
  }
}

const sumOf = (
  movements: { kind: string; amount: number }[],
  kind: "capture" | "refund"
) =>
  movements.filter((m) => m.kind === kind).reduce((sum, m) => sum + m.amount, 0)
