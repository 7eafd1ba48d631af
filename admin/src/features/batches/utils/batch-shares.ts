import { splitByLargestRemainder } from "@tianfu/domain"

// Each contribution's share of the whole batch in basis points, by the
// backend's rule (largest remainder; what no household supplied stays with
// the cooperative). Contributions that exceed the batch (which the form
// refuses) are shown by plain proportion; null where there is no valid
// batch quantity or row quantity.
export function batchShares(
  batchQuantity: number,
  quantities: number[]
): (number | null)[] {
  const valid = quantities.map((q) =>
    Number.isSafeInteger(q) && q > 0 ? q : 0
  )
  const total = valid.reduce((sum, q) => sum + q, 0)
  if (!Number.isSafeInteger(batchQuantity) || batchQuantity <= 0) {
    return quantities.map(() => null)
  }
  if (total > batchQuantity) {
    return valid.map((q) =>
      q > 0 ? Math.round((q * 10000) / batchQuantity) : null
    )
  }
  const shares = splitByLargestRemainder(10000, [
    ...valid.map((weight, i) => ({
      key: `row-${String(i).padStart(4, "0")}`,
      weight,
    })),
    { key: "~cooperative", weight: batchQuantity - total },
  ])
  return valid.map((q, i) => (q > 0 ? shares[i].amount : null))
}

// 3333 basis points → "33.3%".
export function formatShare(basisPoints: number | null) {
  return basisPoints === null ? "—" : `${(basisPoints / 100).toFixed(1)}%`
}

export function parseWholeNumber(value: string) {
  return /^\s*\d+\s*$/.test(value) ? Number(value) : NaN
}
