import type { BenefitRow } from "@tianfu/domain"
import type { ReportColumn } from "../../../utils/report-response"

// BENEFIT_RATIO_THRESHOLD_BP: paid ÷ attributed revenue below this (basis
// points; default 3000, i.e. 30%) flags a cooperative.
export function benefitThresholdBp(env: NodeJS.ProcessEnv = process.env) {
  const value = Number(env.BENEFIT_RATIO_THRESHOLD_BP ?? 3000)
  return Number.isInteger(value) && value >= 0 && value <= 10_000 ? value : 3000
}

// Named, not read off a row: a CSV's header must not depend on the data.
// Amounts are fen, the ratio basis points.
const COLUMNS: [keyof BenefitRow, string][] = [
  ["cooperative_id", "cooperative_id"],
  ["name", "name"],
  ["county_code", "county_code"],
  ["attributed_to_households", "attributed_to_households_fen"],
  ["obligations", "obligations_fen"],
  ["paid", "paid_fen"],
  ["confirmed", "confirmed_fen"],
  ["disputed", "disputed_fen"],
  ["unconfirmed", "unconfirmed_fen"],
  ["outstanding", "outstanding_fen"],
  ["households_paid", "households_paid"],
  ["benefit_ratio_bp", "benefit_ratio_bp"],
  ["below_threshold", "below_threshold"],
]

export const BENEFIT_COLUMNS: ReportColumn<BenefitRow>[] = COLUMNS.map(
  ([key, header]) => ({ header, value: (row) => row[key] })
)
