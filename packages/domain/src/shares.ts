export type Weighted = { key: string; weight: number | bigint }
export type Allocation = { key: string; amount: number }

// Exact integer weights: bigint and integer numbers are taken as they are;
// fractional numbers are scaled by 10^6 (enough for basis points and kg).
function integerWeights(weights: Weighted[]): bigint[] {
  const exact = weights.every(
    (w) => typeof w.weight === "bigint" || Number.isSafeInteger(w.weight)
  )
  return weights.map((w) =>
    typeof w.weight === "bigint"
      ? w.weight
      : BigInt(exact ? w.weight : Math.round(w.weight * 1e6))
  )
}

// Splits an integer amount (fen, grams…) over weights with the
// largest-remainder method: everyone gets the floor of their exact share,
// then the units left over go one each to the largest remainders. Ties go
// to the smaller key, so the same input always gives the same split, and
// the parts always add up to the whole. Each part is within one unit of its
// exact proportion. Negative amounts (reversals) split as the mirror image.
export function splitByLargestRemainder(
  amount: number,
  weights: Weighted[]
): Allocation[] {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`amount must be a safe integer, got ${amount}`)
  }
  if (new Set(weights.map((w) => w.key)).size !== weights.length) {
    throw new RangeError("weights must have unique keys")
  }
  if (
    weights.some((w) =>
      typeof w.weight === "bigint" ? w.weight < 0n : !(w.weight >= 0)
    )
  ) {
    throw new RangeError("weights must be non-negative with a positive total")
  }
  const integers = integerWeights(weights)
  const total = integers.reduce((sum, w) => sum + w, 0n)
  if (total <= 0n) {
    throw new RangeError("weights must be non-negative with a positive total")
  }
  const sign = amount < 0 ? -1 : 1
  const absolute = BigInt(Math.abs(amount))
  // BigInt keeps amount × weight exact beyond 2^53 for large ledgers.
  const exact = weights.map((w, i) => {
    const numerator = absolute * integers[i]
    return {
      key: w.key,
      floor: numerator / total,
      remainder: numerator % total,
    }
  })
  let leftover = absolute - exact.reduce((sum, e) => sum + e.floor, 0n)
  const byRemainder = [...exact].sort((a, b) =>
    a.remainder === b.remainder
      ? a.key < b.key
        ? -1
        : a.key > b.key
          ? 1
          : 0
      : a.remainder > b.remainder
        ? -1
        : 1
  )
  const bonus = new Set<string>()
  for (const entry of byRemainder) {
    if (leftover <= 0n) break
    bonus.add(entry.key)
    leftover--
  }
  return exact.map((e) => ({
    key: e.key,
    // `|| 0` keeps a zero part of a reversal from being -0.
    amount: sign * Number(e.floor + (bonus.has(e.key) ? 1n : 0n)) || 0,
  }))
}

// Each contribution's share of a batch, in basis points that add up to 10000.
export function contributionShares(contributions: Weighted[]): Allocation[] {
  return splitByLargestRemainder(10000, contributions)
}
