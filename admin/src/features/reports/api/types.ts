import type {
  BenefitRow,
  ObligationReportRow,
  ReportPage,
} from "@tianfu/domain"

// Benefit linkage per cooperative or county of the jurisdiction, or per
// member household of one cooperative (cooperative_id required).
export type BenefitGroup = BenefitRow["group_by"]

// The rows come under a key named by the grouping.
export const BENEFIT_ROWS_KEY = {
  cooperative: "cooperatives",
  county: "counties",
  household: "households",
} as const satisfies Record<BenefitGroup, string>

export type BenefitReport = ReportPage & {
  year: number
  group_by: BenefitGroup
  // Paid ÷ attributed revenue below this (basis points) is flagged.
  threshold_bp: number
  // An obligation unpaid this many days after falling due is late.
  late_days: number
} & Partial<Record<(typeof BENEFIT_ROWS_KEY)[BenefitGroup], BenefitRow[]>>

export const benefitRows = (report: BenefitReport): BenefitRow[] =>
  report[BENEFIT_ROWS_KEY[report.group_by]] ?? []

// Late payments (unpaid longer than `days` after falling due) and
// floor-price compliance (purchases paid below the floor once that window
// closed): obligations one by one, oldest due first, head names masked
// (backend/src/api/bureau/reports/obligation-report.ts).
export type ObligationReportName = "late-payments" | "floor-compliance"

export type ObligationReport = ReportPage & {
  days: number
} & Partial<Record<ObligationReportName, ObligationReportRow[]>>

// Report rows as the bureau's report routes answer them (declared once in
// @tianfu/domain, which the backend's views are typed with).
export type {
  AttributionGroup,
  BenefitRow,
  ObligationReportRow,
  AttributionReport,
  AttributionRowFor,
  ConcentrationReport,
  CooperativeAttributionRow,
  CountyAttributionRow,
  DeclineRow,
  Grain,
  HouseholdAttributionRow,
  HouseholdFields as HouseholdRow,
  IncomeDeclineReport,
  Money,
  OmittedReport,
  PovertyLineReport,
  PovertyLineRow,
  ReportPage,
} from "@tianfu/domain"

export type Reconciliation = {
  run: {
    id: string
    started_at: string
    finished_at: string | null
    orders_checked: number
    difference_count: number
  } | null
  differences: {
    order_id: string
    county_codes: string[]
    expected: number
    actual: number
    difference: number
  }[]
}
