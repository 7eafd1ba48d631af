import { attributableAmount } from "./ledger-rule"
import { holdingsOf, moveDrafts, targetHoldings } from "./ledger-drafts"
import type { AttributableLine, EntryDraft, PostedEntry } from "./types"

// A capture or a refund on one of the order's payments, in fen.
export type MoneyMovement = {
  kind: "capture" | "refund"
  id: string
  payment_id: string
  amount: number
  // ISO time the money moved.
  at: string
}

// An order as the attribution rule sees it: its lines (current version),
// its total and every movement of its money.
export type OrderLedgerInput = {
  order_id: string
  lines: AttributableLine[]
  // Items and shipping after discounts, with tax, in fen (ledger-rule.ts).
  total: number
  movements: MoneyMovement[]
}

export type PostedLedgerEntry = PostedEntry & {
  source_event_id: string
  occurred_at: string
}

export type PlannedEntry = EntryDraft & { occurred_at: string }

export const movementSourceId = (m: MoneyMovement) => `${m.kind}:${m.id}`

const CORRECTION = "correction:"

// Movements in the order they happened; a capture before a refund made in
// the same millisecond.
export function inOrder(movements: MoneyMovement[]): MoneyMovement[] {
  return [...movements].sort(
    (a, b) =>
      a.at.localeCompare(b.at) ||
      (a.kind === b.kind ? 0 : a.kind === "capture" ? -1 : 1) ||
      a.id.localeCompare(b.id)
  )
}

// Which movement an entry belongs to (`written`: it was written for that
// movement): its own source id; for entries written before captures had
// ids of their own, "capture:<payment>", the payment's first capture; for a
// correction, the last movement made before it (-1 for none).
function positionOf(
  entry: PostedLedgerEntry,
  movements: MoneyMovement[],
  index: Map<string, number>
): { position: number; written: boolean } {
  const own = index.get(entry.source_event_id)
  if (own !== undefined) return { position: own, written: true }
  const legacyCapture = movements.findIndex(
    (m) =>
      m.kind === "capture" &&
      entry.source_event_id === `capture:${m.payment_id}`
  )
  if (legacyCapture >= 0) return { position: legacyCapture, written: true }
  let position = -1
  movements.forEach((m, i) => {
    if (m.at <= entry.occurred_at) position = i
  })
  return { position, written: false }
}

// Money follows money (ledger-rule.ts): after each capture or refund the
// order's ledger holds the target of that moment, split by targetHoldings.
// Movements are replayed in order; one that already has entries is done.
// One that has none moves the ledger from what the movements before it left
// to its own target, under its own source id ("capture:<capture>",
// "refund:<refund>"), so a replayed event writes nothing and a late capture
// or an out-of-order delivery still writes what it must. If the ledger then
// still differs from today's target (the order was edited, or entries were
// written under an older rule), one correction ("correction:<order>:<n>",
// dated `now`, or the last movement's time if that is later) closes the gap. Append-only: never an update.
export function planOrderLedger(
  order: OrderLedgerInput,
  posted: PostedLedgerEntry[],
  now: string
): PlannedEntry[] {
  const movements = inOrder(order.movements)
  const index = new Map(movements.map((m, i) => [movementSourceId(m), i]))
  const entries = posted.map((e) => ({
    entry: e as PostedEntry,
    ...positionOf(e, movements, index),
  }))
  const net = order.lines.reduce((sum, l) => sum + l.net_amount, 0)
  const targetAfter = (captured: number, refunded: number) =>
    targetHoldings(
      order.lines,
      attributableAmount({ net, total: order.total, captured, refunded })
    )
  const planned: PlannedEntry[] = []
  let captured = 0
  let refunded = 0
  movements.forEach((movement, i) => {
    if (movement.kind === "capture") captured += movement.amount
    else refunded += movement.amount
    if (entries.some((e) => e.position === i && e.written)) return
    const before = entries.filter((e) => e.position <= i).map((e) => e.entry)
    const drafts = moveDrafts(
      order.order_id,
      holdingsOf(before),
      targetAfter(captured, refunded),
      movementSourceId(movement)
    )
    for (const draft of drafts) {
      planned.push({ ...draft, occurred_at: movement.at })
      entries.push({ entry: draft, position: i, written: true })
    }
  })
  const corrections = new Set(
    posted
      .filter((e) => e.source_event_id.startsWith(CORRECTION))
      .map((e) => e.source_event_id)
  )
  const correction = moveDrafts(
    order.order_id,
    holdingsOf(entries.map((e) => e.entry)),
    targetAfter(captured, refunded),
    `${CORRECTION}${order.order_id}:${corrections.size + 1}`
  )
  // Dated no earlier than the last movement, so that positionOf places it
  // after every movement it has seen even when the database's clock is
  // ahead of this process's.
  const last = movements[movements.length - 1]?.at ?? now
  const correctedAt = last > now ? last : now
  planned.push(...correction.map((d) => ({ ...d, occurred_at: correctedAt })))
  return planned
}
