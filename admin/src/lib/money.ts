// Our tables hold fen (integers); Medusa's prices are yuan (decimals). The
// conversions and the currency format are the shared domain's.
export { fenToYuan, formatFen, yuanToFen } from "@tianfu/domain"

export function formatPercent(ratio: number | null | undefined, digits = 1) {
  return `${(Number(ratio ?? 0) * 100).toFixed(digits)}%`
}
