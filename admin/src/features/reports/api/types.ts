// Report rows as the bureau's report routes answer them; amounts are
// integer fen, household heads come masked.

export type Grain = "day" | "month" | "year"
export type AttributionGroup = "county" | "cooperative" | "household"

export type ReportPage = { count: number; offset: number; limit: number }

export type Money = { sales: number; refunds: number; net: number }

type HouseholdFields = {
  household_id: string | null
  registry_number: string | null
  county_code: string | null
  village: string | null
  head_name: string | null
  member_count: number | null
  status: string | null
}

export type CountyAttributionRow = Money & {
  period: string
  key: string
  name: string | null
  name_en: string | null
}

export type CooperativeAttributionRow = CountyAttributionRow & {
  handle: string | null
  county_code: string | null
}

export type HouseholdAttributionRow = Money &
  HouseholdFields & { period: string; key: string }

export type AttributionRowFor = {
  county: CountyAttributionRow
  cooperative: CooperativeAttributionRow
  household: HouseholdAttributionRow
}

export type AttributionReport<G extends AttributionGroup> = ReportPage & {
  attribution: AttributionRowFor[G][]
  from: string
  to: string
  grain: Grain
  group_by: G
  totals: Money
}

export type HouseholdRow = HouseholdFields

export type PovertyLineRow = HouseholdFields & {
  income: number
  income_per_member: number
  poverty_line: number | null
  line_coverage_bp: number | null
  below_line: boolean | null
}

export type PovertyLineReport = ReportPage & {
  households: PovertyLineRow[]
  year: number
  poverty_line: { year: number; amount: number } | null
}

export type OmittedReport = ReportPage & {
  households: HouseholdRow[]
  from: string
  to: string
}

export type DeclineRow = HouseholdFields & {
  previous_income: number
  current_income: number
  change: number
}

export type IncomeDeclineReport = ReportPage & {
  households: DeclineRow[]
  year: number
  previous_year: number
}

export type ConcentrationReport = {
  concentration: {
    from: string
    to: string
    households_with_income: number
    top_decile_households: number
    top_decile_income: number
    total_income: number
    top_decile_share_bp: number
    deciles: { decile: number; households: number; income: number }[]
  }
}

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
