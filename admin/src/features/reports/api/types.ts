import type { BenefitRow, ReportPage } from "@tianfu/domain"

export type BenefitReport = ReportPage & {
  cooperatives: BenefitRow[]
  year: number
  threshold_bp: number
}

// Report rows as the bureau's report routes answer them (declared once in
// @tianfu/domain, which the backend's views are typed with).
export type {
  AttributionGroup,
  BenefitRow,
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
