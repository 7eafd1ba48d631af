// Medusa's store API gives amounts in yuan (major units); our own ledger
// routes give fen. Both are formatted by the shared domain's rules.
export { formatFen, formatYuan } from "@tianfu/domain"

export function formatDate(value: string | Date, lang: string) {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", {
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(new Date(value))
}
