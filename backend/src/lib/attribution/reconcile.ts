import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { expectedLedgerTotal } from "./ledger-drafts"
import { loadOrderMoney } from "./load-order-money"

export type LedgerDifference = {
  order_id: string
  county_codes: string[]
  expected: number
  actual: number
}

// Compares every order's ledger total (sales − refunds, households and
// remainders) with what its payments say it must be: captured net line
// amount minus refunded net, to the fen. Orders are read a page at a time.
export async function findLedgerDifferences(
  container: MedusaContainer,
  options: {
    pageSize?: number
    onProgress?: (checked: number, total: number) => void
  } = {}
): Promise<{ orders_checked: number; differences: LedgerDifference[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const take = options.pageSize ?? 100
  const differences: LedgerDifference[] = []
  let checked = 0
  for (let skip = 0; ; skip += take) {
    const { data: orders, metadata } = await query.graph({
      entity: "order",
      fields: ["id"],
      pagination: { skip, take, order: { created_at: "ASC", id: "ASC" } },
    })
    if (!orders.length) break
    const ids = orders.map((o) => o.id as string)
    const sums: { order_id: string; actual: string; counties: string[] }[] =
      await knex("attribution_entry")
        .whereIn("order_id", ids)
        .groupBy("order_id")
        .select(
          "order_id",
          knex.raw(
            "sum(case when kind = 'sale' then amount else -amount end)::bigint as actual"
          ),
          knex.raw("array_agg(distinct county_code) as counties")
        )
    const ledger = new Map(sums.map((s) => [s.order_id, s]))
    for (const id of ids) {
      const money = await loadOrderMoney(container, id)
      const net = money.lines.reduce((sum, l) => sum + l.net_amount, 0)
      const captured = money.payments.reduce((sum, p) => sum + p.captured, 0)
      const refunded = money.refunds.reduce((sum, r) => sum + r.amount, 0)
      const expected = expectedLedgerTotal(net, captured, refunded)
      const actual = Number(ledger.get(id)?.actual ?? 0)
      if (expected !== actual) {
        differences.push({
          order_id: id,
          county_codes: [
            ...new Set([
              ...(ledger.get(id)?.counties ?? []),
              ...money.lines.map((l) => l.county_code),
            ]),
          ].sort(),
          expected,
          actual,
        })
      }
    }
    checked += ids.length
    options.onProgress?.(checked, metadata?.count ?? checked)
    if (ids.length < take) break
  }
  return { orders_checked: checked, differences }
}
