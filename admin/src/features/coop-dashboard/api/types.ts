export type AttributionTotals = {
  net: number
  to_households: number
  cooperative_remainder: number
}

// GET /vendor/attribution?view=month: one row per month, fen.
export type MonthRow = {
  period: string
  key: string
  sales: number
  refunds: number
  net: number
  to_households: number
}

// view=household: one row per period and household, head's name masked.
export type HouseholdRow = {
  period: string
  household_id: string
  registry_number: string | null
  village: string | null
  head_name: string | null
  member_count: number | null
  status: string | null
  sales: number
  refunds: number
  net: number
}

// view=batch: all-time money per batch.
export type BatchRow = {
  batch_id: string
  trace_code: string
  harvested_at: string
  village: string
  quantity: number
  unit: string
  sales: number
  refunds: number
  net: number
}

export type ReportPage = { count: number; offset: number; limit: number }

export type PeriodReport = ReportPage & {
  from: string
  to: string
  grain: string
  totals: AttributionTotals
  households_reached: number
}
