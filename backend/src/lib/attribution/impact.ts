export type ImpactEntry = {
  household_id: string | null
  county_code: string
  amount: number
  kind: "sale" | "refund"
}

export type CountyImpact = {
  county_code: string
  households: number
  amount: number
}

// An order's impact receipt, from its ledger entries: how much reached how
// many registered households in which counties, what went to suppliers not
// verified against the registry (`unverified`: their household ids), and
// what stayed with the cooperatives. Counts and sums only, never who.
export function impactOf(
  entries: ImpactEntry[],
  unverified: ReadonlySet<string> = new Set()
) {
  const perHousehold = new Map<string, { county: string; amount: number }>()
  let toCooperatives = 0
  let toUnverified = 0
  for (const e of entries) {
    const signed = e.kind === "sale" ? e.amount : -e.amount
    if (!e.household_id) {
      toCooperatives += signed
      continue
    }
    if (unverified.has(e.household_id)) {
      toUnverified += signed
      continue
    }
    const current = perHousehold.get(e.household_id) ?? {
      county: e.county_code,
      amount: 0,
    }
    current.amount += signed
    perHousehold.set(e.household_id, current)
  }
  const counties = new Map<string, CountyImpact>()
  for (const { county, amount } of perHousehold.values()) {
    if (amount <= 0) continue
    const c = counties.get(county) ?? {
      county_code: county,
      households: 0,
      amount: 0,
    }
    c.households += 1
    c.amount += amount
    counties.set(county, c)
  }
  const list = [...counties.values()].sort(
    (a, b) => b.amount - a.amount || a.county_code.localeCompare(b.county_code)
  )
  const toHouseholds = list.reduce((sum, c) => sum + c.amount, 0)
  return {
    households: list.reduce((sum, c) => sum + c.households, 0),
    to_households: toHouseholds,
    to_unverified_suppliers: toUnverified,
    to_cooperatives: toCooperatives,
    total: toHouseholds + toUnverified + toCooperatives,
    counties: list,
  }
}
