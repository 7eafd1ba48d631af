// How a payment settles what a cooperative owes one household: the oldest
// open obligation first, each at most to what is still outstanding on it.
// What is left over settles nothing (an advance, shown as unsettled).
// All amounts integer fen.

export type OpenObligation = { id: string; outstanding: number }
export type Settlement = { obligation_id: string; amount: number }

export function settleOldestFirst(
  open: OpenObligation[],
  amount: number
): Settlement[] {
  if (!Number.isInteger(amount) || amount < 0) {
    throw new RangeError("amount must be a non-negative integer (fen)")
  }
  const settlements: Settlement[] = []
  let left = amount
  for (const obligation of open) {
    if (left <= 0) break
    const take = Math.min(left, Math.max(0, obligation.outstanding))
    if (take <= 0) continue
    settlements.push({ obligation_id: obligation.id, amount: take })
    left -= take
  }
  return settlements
}
