// Medusa's store API gives amounts in yuan (major units); our own ledger
// routes give fen. Both are formatted here and nowhere else.
export function formatYuan(amount: number, lang: string) {
  return new Intl.NumberFormat(lang === "en" ? "en-US" : "zh-CN", {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
  }).format(amount)
}

export function formatFen(fen: number, lang: string) {
  return formatYuan(fen / 100, lang)
}

export function formatDate(value: string | Date, lang: string) {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", {
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(new Date(value))
}
