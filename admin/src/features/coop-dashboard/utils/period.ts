export type DashboardPeriod = "year" | "12m"

// The report's from/to for a period; without them the backend covers the
// last 12 months up to today (Beijing time).
export function periodQuery(period: DashboardPeriod, now = new Date()) {
  if (period === "12m") return {}
  const beijing = new Date(now.getTime() + 8 * 3600 * 1000)
  return { from: `${beijing.getUTCFullYear()}-01-01` }
}

// Every month label (YYYY-MM) from `from` to `to`, oldest first, so months
// without sales still show on the chart.
export function monthsBetween(from: string, to: string) {
  const months: string[] = []
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  const endYear = Number(to.slice(0, 4))
  const endMonth = Number(to.slice(5, 7))
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}
