export type Weighted = { key: string; weight: number }
export type Allocation = { key: string; amount: number }

// Splits an integer amount (fen, grams…) over weights with the
// largest-remainder method: everyone gets the floor of their exact share,
// then the units left over go one each to the largest remainders. Ties go
// to the smaller key, so the same input always gives the same split, and
// the parts always add up to the whole.
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
  const total = weights.reduce((sum, w) => sum + w.weight, 0)
  if (weights.some((w) => !(w.weight >= 0)) || total <= 0) {
    throw new RangeError("weights must be non-negative with a positive total")
  }
  const sign = amount < 0 ? -1 : 1
  const absolute = Math.abs(amount)
  const exact = weights.map((w) => {
    // BigInt keeps amount × weight exact beyond 2^53 for large ledgers.
    const numerator = BigInt(absolute) * BigInt(Math.round(w.weight * 1e6))
    const denominator = BigInt(Math.round(total * 1e6))
    return {
      key: w.key,
      floor: Number(numerator / denominator),
      remainder: numerator % denominator,
    }
  })
  let leftover = absolute - exact.reduce((sum, e) => sum + e.floor, 0)
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
    if (leftover <= 0) break
    bonus.add(entry.key)
    leftover--
  }
  return exact.map((e) => ({
    key: e.key,
    amount: sign * (e.floor + (bonus.has(e.key) ? 1 : 0)),
  }))
}

// Each contribution's share of a batch, in basis points that add up to 10000.
export function contributionShares(contributions: Weighted[]): Allocation[] {
  return splitByLargestRemainder(10000, contributions)
}
