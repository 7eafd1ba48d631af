// The attribution rule computed straight from its definition with exact
// rational arithmetic, for the property and model tests. It deliberately
// imports nothing from the engine (only its input types), so a bug in the
// engine cannot hide in the reference.
import type { AttributableLine } from "../types"

// num / den with den > 0, always reduced.
export type Ratio = { num: bigint; den: bigint }

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a
  b = b < 0n ? -b : b
  while (b) [a, b] = [b, a % b]
  return a
}

export function ratio(num: bigint | number, den: bigint | number = 1n): Ratio {
  let n = BigInt(num)
  let d = BigInt(den)
  if (d === 0n) throw new RangeError("zero denominator")
  if (d < 0n) [n, d] = [-n, -d]
  const g = gcd(n, d) || 1n
  return { num: n / g, den: d / g }
}

export const ZERO = ratio(0n)

export const add = (a: Ratio, b: Ratio): Ratio =>
  ratio(a.num * b.den + b.num * a.den, a.den * b.den)

export const sub = (a: Ratio, b: Ratio): Ratio =>
  ratio(a.num * b.den - b.num * a.den, a.den * b.den)

export const mul = (a: Ratio, b: Ratio): Ratio =>
  ratio(a.num * b.num, a.den * b.den)

export const floorOf = (a: Ratio): bigint =>
  a.num >= 0n ? a.num / a.den : -((-a.num + a.den - 1n) / a.den)

export const ceilOf = (a: Ratio): bigint => -floorOf(ratio(-a.num, a.den))

// |a| <= bound, exactly.
export const withinBound = (a: Ratio, bound: bigint): boolean =>
  (a.num < 0n ? -a.num : a.num) <= bound * a.den

// Round half up (amounts here are never negative), as the design rounds the
// net part of a refund.
export const roundHalfUp = (a: Ratio): bigint => floorOf(add(a, ratio(1n, 2n)))

export type ExactShare = {
  batch_id: string | null
  household_id: string | null
  county_code: string
  // The fraction of the line's amount this beneficiary is owed.
  fraction: Ratio
}

// One key per (batch, household) pair; the engine groups the same way.
export const pairKey = (b: {
  batch_id: string | null
  household_id: string | null
}): string => JSON.stringify([b.batch_id, b.household_id])

// A household's exact share of a line is
//   Σ_b taken_b / quantity × contribution_{b,h} / max(batch_quantity_b, Σ contributions_b)
// where taken_b is what the line takes from batch b, in the given order,
// never more in total than the line's quantity. The cooperative is owed the
// rest: non-registered suppliers, the part of a batch no contribution covers,
// and units not allocated to any batch. Needs quantity > 0 and batches whose
// size (after the max) is positive whenever units are taken from them.
export function exactLineShares(line: AttributableLine): ExactShare[] {
  const shares = new Map<string, ExactShare>()
  const credit = (
    batch_id: string | null,
    household_id: string | null,
    county_code: string,
    fraction: Ratio
  ) => {
    const key = pairKey({ batch_id, household_id })
    const current = shares.get(key)
    shares.set(key, {
      batch_id,
      household_id,
      county_code: current?.county_code ?? county_code,
      fraction: add(current?.fraction ?? ZERO, fraction),
    })
  }
  let allocated = 0
  for (const batch of line.allocations) {
    const taken = Math.max(
      0,
      Math.min(batch.quantity, line.quantity - allocated)
    )
    allocated += taken
    if (taken === 0) continue
    const contributed = batch.contributions.reduce((s, c) => s + c.quantity, 0)
    const size = Math.max(batch.batch_quantity, contributed)
    const ofLine = ratio(taken, line.quantity)
    let registered = 0
    for (const c of batch.contributions) {
      if (c.household_id === null) continue
      registered += c.quantity
      credit(
        batch.batch_id,
        c.household_id,
        c.county_code ?? line.county_code,
        mul(ofLine, ratio(c.quantity, size))
      )
    }
    credit(
      batch.batch_id,
      null,
      line.county_code,
      mul(ofLine, ratio(size - registered, size))
    )
  }
  credit(
    null,
    null,
    line.county_code,
    ratio(line.quantity - allocated, line.quantity)
  )
  return [...shares.values()]
}
