// The cooperative dashboard's answers from GET /vendor/attribution
// (declared once in @tianfu/domain, which the backend's views are typed
// with): month rows, household rows (heads masked), batch rows; fen.
export type {
  BatchAttributionRow as BatchRow,
  CooperativePeriodReport as PeriodReport,
  CooperativeTotals as AttributionTotals,
  HouseholdAttributionRow as HouseholdRow,
  MonthAttributionRow as MonthRow,
  ReportPage,
} from "@tianfu/domain"
