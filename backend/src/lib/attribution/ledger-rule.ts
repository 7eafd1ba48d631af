// The one definition of what an order's ledger must hold, shared by the
// code that writes the ledger and by reconciliation, which computes the
// inputs by its own road (see reconcile-figures.ts).
//
// Money follows money: the ledger holds the share of the order's net line
// amount (after discounts, before tax and shipping, current order version)
// that the money still held pays for:
//
//   held = captured − refunded
//   ledger = net − round_half_up(net × (total − held) ÷ total)
//
// where total is the order's total (items and shipping, after discounts,
// with tax; credit lines left out). The part not held is rounded half up,
// so a fully captured order refunded by r holds net − round_half_up(net ×
// r ÷ captured), exactly as before partial captures were counted; nothing
// held is 0, everything held is the whole net.
export type OrderMoneyFigures = {
  net: number
  total: number
  captured: number
  refunded: number
}

export function attributableAmount(figures: OrderMoneyFigures): number {
  const { net, total } = figures
  const held = figures.captured - figures.refunded
  if (held <= 0 || net <= 0 || total <= 0) return 0
  if (held >= total) return net
  const notHeld = BigInt(total - held)
  const n = BigInt(net) * notHeld
  const t = BigInt(total)
  return net - Number((2n * n + t) / (2n * t))
}
