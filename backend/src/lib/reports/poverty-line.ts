export type PovertyLineRow = { year: number; amount: number }

// The line in force for a year: its own row, else the latest earlier one
// (2013's 2,736 CNY until 2020's 4,000 CNY). Null before the first row.
export function povertyLineFor(
  year: number,
  lines: PovertyLineRow[]
): PovertyLineRow | null {
  return (
    [...lines]
      .filter((line) => line.year <= year)
      .sort((a, b) => b.year - a.year)[0] ?? null
  )
}

// Attributed income per household member in fen, rounded down so that a
// household is never shown above the line by rounding.
export function incomePerMember(income: number, members: number): number {
  return members > 0 ? Math.floor(income / members) : income
}

// Share of the line a per-member income covers, in basis points (10000 =
// exactly at the line).
export function lineCoverage(perMember: number, line: number): number {
  return line > 0 ? Math.floor((perMember * 10000) / line) : 0
}
