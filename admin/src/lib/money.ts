// Our tables hold fen (integers); Medusa's prices are yuan (decimals).
export function formatFen(fen: number | null | undefined, language = "zh-CN") {
  const value = Number(fen ?? 0) / 100
  return new Intl.NumberFormat(language, {
    style: "currency",
    currency: "CNY",
    minimumFractionDigits: 2,
  }).format(value)
}

// 68.8 yuan → 6880 fen, without floating-point drift.
export function yuanToFen(yuan: number) {
  return Math.round(yuan * 100)
}

// Fen → yuan for charts, whose axes are labelled in yuan.
export function fenToYuan(fen: number) {
  return Math.round(fen) / 100
}

export function formatPercent(ratio: number | null | undefined, digits = 1) {
  return `${(Number(ratio ?? 0) * 100).toFixed(digits)}%`
}
