import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { attributableAmount } from "../../../lib/attribution/ledger-rule"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type {
  default as AttributionModuleService,
  OrderLedgerTotal,
} from "../../../modules/attribution/service"
import { orderFiguresFromTables } from "./reconcile-figures"

export type LedgerDifference = {
  order_id: string
  county_codes: string[]
  expected: number
  actual: number
}

// Compares every order's ledger total (sales − refunds, households and
// remainders) with what its money says it must be (ledger-rule.ts), from
// figures read straight from Medusa's tables by a road of their own
// (reconcile-figures.ts), not the one the ledger was written from. Orders are read a page at a time
// in id order (keyset, so late pages cost what early ones do), each page
// with a fixed number of queries; the attribution module answers the
// ledger totals of the same id range, so ledger entries of an order that
// does not exist are found beside the page and are differences too
// (expected 0).
export async function findLedgerDifferences(
  container: MedusaContainer,
  options: {
    pageSize?: number
    onProgress?: (checked: number, total: number) => void
  } = {}
): Promise<{ orders_checked: number; differences: LedgerDifference[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const ledger: AttributionModuleService = container.resolve(ATTRIBUTION_MODULE)
  const take = options.pageSize ?? 250
  const differences: LedgerDifference[] = []
  let checked = 0
  let total = 0
  let after: string | undefined
  const orphan = (sum: OrderLedgerTotal) =>
    differences.push({
      order_id: sum.order_id,
      county_codes: [...sum.counties].sort(),
      expected: 0,
      actual: sum.actual,
    })
  for (;;) {
    const { data: orders, metadata } = await query.graph({
      entity: "order",
      fields: ["id"],
      filters: after ? { id: { $gt: after } } : {},
      pagination: { skip: 0, take, order: { id: "ASC" } },
    })
    if (!orders.length) break
    total ||= metadata?.count ?? 0
    const ids = orders.map((o) => o.id as string)
    const last = ids[ids.length - 1]
    const [sums, figures] = await Promise.all([
      ledger.orderLedgerTotals({ after, upTo: last }),
      orderFiguresFromTables(knex, ids),
    ])
    after = last
    const totals = new Map(sums.map((s) => [s.order_id, s]))
    const listed = new Set(ids)
    for (const sum of sums) if (!listed.has(sum.order_id)) orphan(sum)
    for (const [orderId, order] of figures) {
      const expected = attributableAmount(order)
      const found = totals.get(orderId)
      const actual = found?.actual ?? 0
      if (expected !== actual) {
        differences.push({
          order_id: orderId,
          county_codes: [
            ...new Set([...(found?.counties ?? []), ...order.county_codes]),
          ].sort(),
          expected,
          actual,
        })
      }
    }
    checked += ids.length
    options.onProgress?.(checked, Math.max(total, checked))
    if (ids.length < take) break
  }
  // Ledger entries past the last order (or of any order, when there is none).
  for (const sum of await ledger.orderLedgerTotals({ after })) orphan(sum)
  return { orders_checked: checked, differences }
}
