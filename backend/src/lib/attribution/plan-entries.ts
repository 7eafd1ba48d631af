import { refundDrafts, refundedNetAmount, saleDrafts } from "./ledger-drafts"
import type { AttributableLine, EntryDraft, PostedEntry } from "./types"

export type OrderMoney = {
  order_id: string
  lines: AttributableLine[]
  // Fen captured and refunded on the order's payments so far, this event
  // included.
  captured: number
  refunded: number
}

export type LedgerEvent =
  | { kind: "capture"; source_event_id: string }
  | { kind: "refund"; source_event_id: string }

// What one capture or refund event adds to the ledger, given what the order
// already holds. Recognition happens once per order (a second capture of the
// same order, or the same event again, adds nothing); a refund takes the
// ledger to captured net minus refunded net, so replays converge instead of
// double counting. A refund planned before its order's sale plans nothing:
// recordAttributionStep therefore always replays the capture first and then
// every refund in order, under the order's lock. The database's unique key
// on (source event, line, batch, household) is the second line of defence.
export function planEntries(
  order: OrderMoney,
  posted: (PostedEntry & { source_event_id: string })[],
  event: LedgerEvent
): EntryDraft[] {
  if (posted.some((e) => e.source_event_id === event.source_event_id)) {
    return []
  }
  const hasSales = posted.some((e) => e.kind === "sale")
  if (event.kind === "capture") {
    return hasSales || order.captured <= 0
      ? []
      : saleDrafts(order.order_id, order.lines, event.source_event_id)
  }
  if (!hasSales) return []
  const netTotal = order.lines.reduce((sum, l) => sum + l.net_amount, 0)
  const target = refundedNetAmount(netTotal, order.captured, order.refunded)
  const reversed = posted
    .filter((e) => e.kind === "refund")
    .reduce((sum, e) => sum + e.amount, 0)
  return refundDrafts(
    order.order_id,
    posted,
    target - reversed,
    event.source_event_id
  )
}
