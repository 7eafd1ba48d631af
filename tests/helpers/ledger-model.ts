// An independent model of what an order's ledger must hold, for the
// model-based HTTP tests. It imports nothing from the backend: it knows the
// order only from what the store answered at placement (each line's net,
// the order's total) and the batches the test created, and follows the
// rule the README states: money follows money, split by largest remainder.

export type ModelBeneficiary = {
  household_id: string | null
  county_code: string
  // Share of the batch, in the batch's unit.
  weight: number
}

export type ModelLine = {
  line_item_id: string
  batch_id: string
  cooperative_county: string
  // After discounts, before tax and shipping, in fen.
  net: number
  beneficiaries: ModelBeneficiary[]
}

export type ModelOrder = {
  id: string
  lines: ModelLine[]
  // Items and shipping after discounts, with tax, in fen.
  total: number
  captured: number
  refunded: number
}

export type ModelPosition = {
  line_item_id: string
  household_id: string | null
  county_code: string
  amount: number
}

// Largest remainder, ties to the smaller key: parts add up to the amount.
export function largestRemainder(
  amount: number,
  weights: { key: string; weight: bigint }[]
): Map<string, number> {
  const total = weights.reduce((s, w) => s + w.weight, 0n)
  const parts = new Map<string, number>()
  if (total === 0n || amount === 0) return parts
  const exact = weights.map((w) => ({
    key: w.key,
    floor: (BigInt(amount) * w.weight) / total,
    rest: (BigInt(amount) * w.weight) % total,
  }))
  let left = BigInt(amount) - exact.reduce((s, e) => s + e.floor, 0n)
  const order = [...exact].sort((a, b) =>
    a.rest === b.rest ? (a.key < b.key ? -1 : 1) : a.rest > b.rest ? -1 : 1
  )
  for (const e of order) {
    const extra = left > 0n ? 1n : 0n
    left -= extra
    parts.set(e.key, Number(e.floor + extra))
  }
  return parts
}

// What the order's ledger holds in total: the net share of the money held,
// the part not held rounded half up.
export function modelTarget(order: ModelOrder): number {
  const net = order.lines.reduce((s, l) => s + l.net, 0)
  const held = order.captured - order.refunded
  if (held <= 0 || net <= 0 || order.total <= 0) return 0
  if (held >= order.total) return net
  const notHeld = BigInt(net) * BigInt(order.total - held)
  const t = BigInt(order.total)
  return net - Number((2n * notHeld + t) / (2n * t))
}

// Every (line, household or cooperative) position and what it must hold.
export function modelPositions(order: ModelOrder): ModelPosition[] {
  const perLine = largestRemainder(
    modelTarget(order),
    order.lines
      .filter((l) => l.net > 0)
      .map((l) => ({ key: l.line_item_id, weight: BigInt(l.net) }))
  )
  return order.lines.flatMap((line) => {
    const amount = perLine.get(line.line_item_id) ?? 0
    const key = (b: ModelBeneficiary) =>
      `${line.batch_id}|${b.household_id ?? "-"}`
    const parts = largestRemainder(
      amount,
      line.beneficiaries.map((b) => ({ key: key(b), weight: BigInt(b.weight) }))
    )
    return line.beneficiaries.flatMap((b) => {
      const share = parts.get(key(b)) ?? 0
      return share
        ? [
            {
              line_item_id: line.line_item_id,
              household_id: b.household_id,
              county_code: b.county_code,
              amount: share,
            },
          ]
        : []
    })
  })
}

// Sums positions by a key (household, county, everything).
export function sumBy(
  positions: {
    amount: number
    household_id: string | null
    county_code: string
  }[],
  by: "household" | "county"
): Record<string, number> {
  const sums: Record<string, number> = {}
  for (const p of positions) {
    const key =
      by === "county" ? p.county_code : (p.household_id ?? "cooperative")
    sums[key] = (sums[key] ?? 0) + p.amount
  }
  return Object.fromEntries(Object.entries(sums).filter(([, v]) => v !== 0))
}
