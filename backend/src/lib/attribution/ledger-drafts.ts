import { splitByLargestRemainder } from "../provenance/shares"
import { beneficiaryKey, splitLine } from "./split-line"
import type { AttributableLine, EntryDraft, PostedEntry } from "./types"

// Sale entries for a captured order: every line's net amount split over the
// households that supplied its batches, the rest to the cooperative.
export function saleDrafts(
  orderId: string,
  lines: AttributableLine[],
  sourceEventId: string
): EntryDraft[] {
  return lines.flatMap((line) =>
    splitLine(line, line.net_amount).map((share) => ({
      order_id: orderId,
      line_item_id: line.line_item_id,
      batch_id: share.batch_id,
      household_id: share.household_id,
      cooperative_id: line.cooperative_id,
      county_code: share.county_code,
      amount: share.amount,
      kind: "sale" as const,
      source_event_id: sourceEventId,
    }))
  )
}

type Balance = PostedEntry & { remaining: number }

// What each beneficiary of each line still holds: sales minus reversals.
export function remainingBalances(posted: PostedEntry[]): Balance[] {
  const balances = new Map<string, Balance>()
  for (const entry of posted) {
    const key = `${entry.line_item_id}|${beneficiaryKey(entry)}`
    const balance = balances.get(key) ?? { ...entry, amount: 0, remaining: 0 }
    balance.remaining += entry.kind === "sale" ? entry.amount : -entry.amount
    balances.set(key, balance)
  }
  return [...balances.values()]
}

// Reversal entries for `amount` fen of an order's net line amount: split over
// the lines by what each still holds, then over each line's beneficiaries by
// what each still holds. Splitting what remains (rather than the original
// sale) means no one is ever reversed below zero, and reversing everything
// that remains zeroes every beneficiary exactly.
export function refundDrafts(
  orderId: string,
  posted: PostedEntry[],
  amount: number,
  sourceEventId: string
): EntryDraft[] {
  const balances = remainingBalances(posted).filter((b) => b.remaining > 0)
  const perLine = new Map<string, Balance[]>()
  for (const balance of balances) {
    perLine.set(balance.line_item_id, [
      ...(perLine.get(balance.line_item_id) ?? []),
      balance,
    ])
  }
  const total = balances.reduce((sum, b) => sum + b.remaining, 0)
  const reverse = Math.min(amount, total)
  if (reverse <= 0) return []
  const lineShares = splitByLargestRemainder(
    reverse,
    [...perLine.entries()].map(([line, list]) => ({
      key: line,
      weight: list.reduce((sum, b) => sum + b.remaining, 0),
    }))
  )
  return lineShares.flatMap(({ key: line, amount: lineAmount }) => {
    if (!lineAmount) return []
    const list = perLine.get(line)!
    const byKey = new Map(list.map((b) => [beneficiaryKey(b), b]))
    return splitByLargestRemainder(
      lineAmount,
      list.map((b) => ({ key: beneficiaryKey(b), weight: b.remaining }))
    )
      .filter((share) => share.amount > 0)
      .map((share) => {
        const b = byKey.get(share.key)!
        return {
          order_id: orderId,
          line_item_id: line,
          batch_id: b.batch_id,
          household_id: b.household_id,
          cooperative_id: b.cooperative_id,
          county_code: b.county_code,
          amount: share.amount,
          kind: "refund" as const,
          source_event_id: sourceEventId,
        }
      })
  })
}

// How much of an order's net line amount the refunds so far take back:
// refunds are spread proportionally over everything captured (goods,
// shipping, tax), rounded half up to the fen, never more than the net total.
export function refundedNetAmount(
  netTotal: number,
  captured: number,
  refunded: number
): number {
  if (captured <= 0 || refunded <= 0 || netTotal <= 0) return 0
  if (refunded >= captured) return netTotal
  const n = BigInt(netTotal) * BigInt(refunded)
  const c = BigInt(captured)
  return Number((2n * n + c) / (2n * c))
}

// What the ledger must hold for an order: captured net minus refunded net.
export function expectedLedgerTotal(
  netTotal: number,
  captured: number,
  refunded: number
): number {
  return captured > 0
    ? netTotal - refundedNetAmount(netTotal, captured, refunded)
    : 0
}
