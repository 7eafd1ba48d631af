import { splitByLargestRemainder } from "@tianfu/domain"
import type { AttributableLine } from "./types"

export type Beneficiary = {
  batch_id: string | null
  household_id: string | null
  county_code: string
}

export type BeneficiaryShare = Beneficiary & { amount: number }

export function beneficiaryKey(b: {
  batch_id: string | null
  household_id: string | null
}): string {
  return `${b.batch_id ?? "-"}|${b.household_id ?? "-"}`
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b]
  return a
}

// Exact integer weights for everyone a line's money belongs to. A household's
// weight is (units taken from the batch) × (its contribution / batch size);
// to keep that exact the fractions are put over the least common multiple of
// the batch sizes. What non-registered suppliers and unallocated units carry
// is the cooperative's (household_id null). Weights add up to quantity × lcm.
export function lineWeights(
  line: AttributableLine
): { beneficiary: Beneficiary; weight: bigint }[] {
  const batches = line.allocations
    .map((a) => ({
      ...a,
      total: Math.max(
        a.batch_quantity,
        a.contributions.reduce((sum, c) => sum + c.quantity, 0)
      ),
    }))
    .filter((a) => a.quantity > 0 && a.total > 0)
  const lcm = batches.reduce(
    (acc, b) => (acc * BigInt(b.total)) / gcd(acc, BigInt(b.total)),
    1n
  )
  const weights = new Map<
    string,
    { beneficiary: Beneficiary; weight: bigint }
  >()
  const add = (beneficiary: Beneficiary, weight: bigint) => {
    if (weight <= 0n) return
    const key = beneficiaryKey(beneficiary)
    const current = weights.get(key)
    weights.set(key, {
      beneficiary,
      weight: (current?.weight ?? 0n) + weight,
    })
  }
  let allocated = 0
  for (const batch of batches) {
    const taken = Math.min(batch.quantity, line.quantity - allocated)
    if (taken <= 0) break
    allocated += taken
    const factor = BigInt(taken) * (lcm / BigInt(batch.total))
    let registered = 0
    for (const c of batch.contributions) {
      if (!c.household_id || c.quantity <= 0) continue
      registered += c.quantity
      add(
        {
          batch_id: batch.batch_id,
          household_id: c.household_id,
          county_code: c.county_code ?? line.county_code,
        },
        factor * BigInt(c.quantity)
      )
    }
    add(
      {
        batch_id: batch.batch_id,
        household_id: null,
        county_code: line.county_code,
      },
      factor * BigInt(batch.total - registered)
    )
  }
  add(
    { batch_id: null, household_id: null, county_code: line.county_code },
    BigInt(Math.max(line.quantity - allocated, 0)) * lcm
  )
  if (!weights.size) {
    // A line of quantity 0 (never placed by Medusa) still balances.
    add(
      { batch_id: null, household_id: null, county_code: line.county_code },
      1n
    )
  }
  return [...weights.values()]
}

// Splits an amount of one line over its beneficiaries by their weights with
// the largest-remainder method (ties to the smaller key): the shares add up
// exactly to the amount and each is within one fen of its exact proportion.
// Zero shares are left out.
export function splitLine(
  line: AttributableLine,
  amount: number
): BeneficiaryShare[] {
  const weights = lineWeights(line)
  const byKey = new Map(
    weights.map((w) => [beneficiaryKey(w.beneficiary), w.beneficiary])
  )
  return splitByLargestRemainder(
    amount,
    weights.map((w) => ({
      key: beneficiaryKey(w.beneficiary),
      weight: w.weight,
    }))
  )
    .filter((share) => share.amount !== 0)
    .map((share) => ({ ...byKey.get(share.key)!, amount: share.amount }))
}
