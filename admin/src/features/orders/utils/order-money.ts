import { yuanToFen } from "@/lib/money"
import type { VendorOrderLine } from "../api/types"

// Line totals in fen: each unit price is converted once, then multiplied,
// so 0.1 + 0.2 style drift never shows.
export function lineTotalFen(line: VendorOrderLine) {
  return yuanToFen(line.unit_price) * line.quantity
}

export function linesTotalFen(lines: VendorOrderLine[]) {
  return lines.reduce((sum, line) => sum + lineTotalFen(line), 0)
}

export function unshippedUnits(lines: VendorOrderLine[]) {
  return lines.reduce(
    (sum, line) => sum + Math.max(0, line.quantity - line.fulfilled_quantity),
    0
  )
}
