import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { attributableAmount } from "../../../lib/attribution/ledger-rule"
import { orderFiguresFromTables } from "./reconcile-figures"

export type LedgerDifference = {
  order_id: string
  county_codes: string[]
  expected: number
  actual: number
}

type LedgerSum = { order_id: string; actual: string; counties: string[] }

const ledgerSums = (knex: Knex) =>
  knex("attribution_entry")
    .groupBy("order_id")
    .select(
      "order_id",
      knex.raw(
        "sum(case when kind = 'sale' then amount else -amount end)::bigint as actual"
      ),
      knex.raw("array_agg(distinct county_code) as counties")
    )

// Compares every order's ledger total (sales − refunds, households and
// remainders) with what its money says it must be (ledger-rule.ts), from
// figures read straight from Medusa's tables by a road of their own
// (reconcile-figures.ts), not the one the ledger was written from. Orders are read a page at a time
// in id order (keyset, so late pages cost what early ones do), each page
// with a fixed number of queries. Ledger entries of an order that does not
// exist are differences too (expected 0).
export async function findLedgerDifferences(
  container: MedusaContainer,
  options: {
    pageSize?: number
    onProgress?: (checked: number, total: number) => void
  } = {}
): Promise<{ orders_checked: number; differences: LedgerDifference[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const take = options.pageSize ?? 250
  const differences: LedgerDifference[] = []
  let checked = 0
  let total = 0
  let after: string | undefined
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
    after = ids[ids.length - 1]
    const [sums, figures] = await Promise.all([
      ledgerSums(knex).whereIn("order_id", ids) as Promise<LedgerSum[]>,
      orderFiguresFromTables(knex, ids),
    ])
    const ledger = new Map(sums.map((s) => [s.order_id, s]))
    for (const [orderId, order] of figures) {
      const expected = attributableAmount(order)
      const found = ledger.get(orderId)
      const actual = Number(found?.actual ?? 0)
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
  const orphans: LedgerSum[] = await ledgerSums(knex).whereNotExists(
    knex
      .select(knex.raw("1"))
      .from("order")
      .whereRaw('"order".id = attribution_entry.order_id')
  )
  for (const orphan of orphans) {
    differences.push({
      order_id: orphan.order_id,
      county_codes: [...orphan.counties].sort(),
      expected: 0,
      actual: Number(orphan.actual),
    })
  }
  return { orders_checked: checked, differences }
}
