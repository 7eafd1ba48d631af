import type { BatchRow, HouseholdRow } from "../api/types"

// One row per household over the whole period (the report splits by year),
// largest attributed income first.
export function topHouseholds(rows: HouseholdRow[], count = 5) {
  const byHousehold = new Map<string, HouseholdRow>()
  for (const row of rows) {
    const seen = byHousehold.get(row.household_id)
    byHousehold.set(
      row.household_id,
      seen
        ? {
            ...seen,
            sales: seen.sales + row.sales,
            refunds: seen.refunds + row.refunds,
            net: seen.net + row.net,
          }
        : row
    )
  }
  return [...byHousehold.values()]
    .filter((row) => row.net > 0)
    .sort((a, b) => b.net - a.net)
    .slice(0, count)
}

export function topBatches(rows: BatchRow[], count = 5) {
  return rows
    .filter((row) => row.net > 0)
    .sort((a, b) => b.net - a.net)
    .slice(0, count)
}
