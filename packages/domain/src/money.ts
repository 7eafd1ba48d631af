// Money is integer fen (分) in our tables and ledger routes; Medusa's store
// API gives yuan. Converted and formatted here and nowhere else.

// 68.8 yuan → 6880 fen, without floating-point drift.
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100)
}

// Fen → yuan, e.g. for chart axes labelled in yuan.
export function fenToYuan(fen: number): number {
  return Math.round(fen) / 100
}

const LOCALE = (language: string) => (language === "en" ? "en-US" : "zh-CN")

// ¥68.80 in either of our two languages ("zh-CN", "en").
export function formatYuan(amount: number, language = "zh-CN"): string {
  return new Intl.NumberFormat(LOCALE(language), {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: 2,
  }).format(amount)
}

export function formatFen(
  fen: number | null | undefined,
  language = "zh-CN"
): string {
  return formatYuan(Number(fen ?? 0) / 100, language)
}
