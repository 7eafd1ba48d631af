import { splitByLargestRemainder } from "@tianfu/domain"
import { beneficiaryKey, splitLine } from "./split-line"
import type { AttributableLine, EntryDraft, PostedEntry } from "./types"

// One (line, batch, household) position of an order's ledger and the fen it
// holds: sales minus reversals.
export type Holding = Omit<PostedEntry, "kind">

export const holdingKey = (e: {
  line_item_id: string
  batch_id: string | null
  household_id: string | null
}) => `${e.line_item_id}|${beneficiaryKey(e)}`

// What each position holds after the given entries.
export function holdingsOf(entries: PostedEntry[]): Map<string, Holding> {
  const holdings = new Map<string, Holding>()
  for (const { kind, ...entry } of entries) {
    const key = holdingKey(entry)
    const holding = holdings.get(key) ?? { ...entry, amount: 0 }
    holding.amount += kind === "sale" ? entry.amount : -entry.amount
    holdings.set(key, holding)
  }
  return holdings
}

// What each position must hold when the order's ledger holds `amount` fen:
// the amount split over the lines by their net amounts, then each line's
// part over its households and the cooperative by supply share (largest
// remainder, ties to the smaller key, both times). The result depends only
// on the lines and the amount, never on the path of captures and refunds
// that led there, so an order's ledger can always be checked from outside.
export function targetHoldings(
  lines: AttributableLine[],
  amount: number
): Map<string, Holding> {
  const target = new Map<string, Holding>()
  const weighted = lines.filter((l) => l.net_amount > 0)
  if (amount <= 0 || !weighted.length) return target
  const perLine = splitByLargestRemainder(
    amount,
    weighted.map((l) => ({ key: l.line_item_id, weight: l.net_amount }))
  )
  const lineOf = new Map(weighted.map((l) => [l.line_item_id, l]))
  for (const { key, amount: lineAmount } of perLine) {
    const line = lineOf.get(key)!
    if (lineAmount <= 0) continue
    for (const share of splitLine(line, lineAmount)) {
      const holding: Holding = {
        line_item_id: line.line_item_id,
        batch_id: share.batch_id,
        household_id: share.household_id,
        cooperative_id: line.cooperative_id,
        county_code: share.county_code,
        amount: share.amount,
      }
      target.set(holdingKey(holding), holding)
    }
  }
  return target
}

// The entries that take `held` to `target`: a sale for every position that
// must grow, a reversal for every one that must shrink. No position ever
// goes below zero, since targets never do.
export function moveDrafts(
  orderId: string,
  held: Map<string, Holding>,
  target: Map<string, Holding>,
  sourceEventId: string
): EntryDraft[] {
  const keys = [...new Set([...held.keys(), ...target.keys()])].sort()
  return keys.flatMap((key) => {
    const from = held.get(key)
    const to = target.get(key)
    const delta = (to?.amount ?? 0) - (from?.amount ?? 0)
    if (!delta) return []
    const position = (to ?? from)!
    return [
      {
        order_id: orderId,
        line_item_id: position.line_item_id,
        batch_id: position.batch_id,
        household_id: position.household_id,
        cooperative_id: position.cooperative_id,
        county_code: position.county_code,
        amount: Math.abs(delta),
        kind: delta > 0 ? ("sale" as const) : ("refund" as const),
        source_event_id: sourceEventId,
      },
    ]
  })
}
