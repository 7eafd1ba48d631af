import type { Contribution } from "./types"

// A batch's stored contributions as the split needs them: each registered
// household with its county (from `countyOf`), non-registered suppliers
// (household null) with none. Null rows from a query graph are dropped.
export function contributionsWithCounty(
  contributions: ({ household_id: string | null; quantity: number } | null)[],
  countyOf: Map<string, string>
): Contribution[] {
  return contributions.flatMap((c) =>
    c
      ? [
          {
            household_id: c.household_id,
            county_code: c.household_id
              ? (countyOf.get(c.household_id) ?? null)
              : null,
            quantity: c.quantity,
          },
        ]
      : []
  )
}
