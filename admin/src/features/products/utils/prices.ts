import { formatFen, yuanToFen } from "@/lib/money"
import type { ProductVariant } from "../api/types"

// A variant's CNY price in yuan (Medusa's major units), if it has one.
export function cnyPrice(variant: ProductVariant): number | null {
  const price = variant.prices?.find((p) => p.currency_code === "cny")
  return price ? Number(price.amount) : null
}

export function formatYuan(yuan: number | null, language: string) {
  return yuan === null ? "—" : formatFen(yuanToFen(yuan), language)
}

// "¥68.00–¥298.00", or one price when all variants cost the same.
export function priceRange(variants: ProductVariant[], language: string) {
  const prices = variants.flatMap((v) => {
    const price = cnyPrice(v)
    return price === null ? [] : [price]
  })
  if (!prices.length) return "—"
  const low = Math.min(...prices)
  const high = Math.max(...prices)
  return low === high
    ? formatYuan(low, language)
    : `${formatYuan(low, language)}–${formatYuan(high, language)}`
}

// A price as typed into a form: yuan with at most two decimals.
export const YUAN_PATTERN = /^\d{1,7}(\.\d{1,2})?$/

export function isValidYuan(value: string) {
  return YUAN_PATTERN.test(value.trim()) && Number(value) > 0
}
