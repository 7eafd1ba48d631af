import type { AttributionRowFor, MonthAttributionRow } from "@tianfu/domain"
import {
  type AttributionRow,
  attributionColumns,
  attributionView,
} from "../../utils/report-views"

// The cooperative's month view: each month's row also says what of it
// reached households, so the dashboard charts sales and attributed income
// from one request. `toHouseholds` maps a period label to that net (fen).
export function monthView(toHouseholds: Map<string, number>) {
  const base = attributionView("cooperative")
  return (raw: Parameters<typeof base>[0]): MonthAttributionRow => {
    const row = base(raw) as AttributionRowFor["cooperative"]
    return { ...row, to_households: toHouseholds.get(row.period) ?? 0 }
  }
}

export const MONTH_COLUMNS = [
  ...attributionColumns("cooperative"),
  {
    header: "to_households_fen",
    value: (r: AttributionRow & { to_households?: number }) =>
      r.to_households ?? 0,
  },
]
