import type { BenefitRow } from "@tianfu/domain"
import { numberSetting } from "../../../../lib/reports/linkage-settings"
import type { ReportColumn } from "../../../utils/report-response"

// BENEFIT_RATIO_THRESHOLD_BP: paid ÷ attributed revenue below this (basis
// points; default 3000, i.e. 30%) flags a cooperative.
export function benefitThresholdBp(env: NodeJS.ProcessEnv = process.env) {
  return numberSetting(env.BENEFIT_RATIO_THRESHOLD_BP, 3000, 10_000)
}

// Named, not read off a row: a CSV's header must not depend on the data.
// Amounts are fen, the ratio basis points.
const COLUMNS: [keyof BenefitRow, string][] = [
  ["group_by", "group_by"],
  ["cooperative_id", "cooperative_id"],
  ["household_id", "household_id"],
  ["registry_number", "registry_number"],
  ["name", "name"],
  ["county_code", "county_code"],
  ["attributed_to_households", "attributed_to_households_fen"],
  ["obligations", "obligations_fen"],
  ["paid", "paid_fen"],
  ["confirmed", "confirmed_fen"],
  ["disputed", "disputed_fen"],
  ["unconfirmed", "unconfirmed_fen"],
  ["outstanding", "outstanding_fen"],
  ["outstanding_late", "outstanding_late_fen"],
  ["oldest_outstanding_days", "oldest_outstanding_days"],
  ["households_paid", "households_paid"],
  ["benefit_ratio_bp", "benefit_ratio_bp"],
  ["below_threshold", "below_threshold"],
  ["below_floor", "below_floor"],
  ["floor_shortfall", "floor_shortfall_fen"],
]

export const BENEFIT_COLUMNS: ReportColumn<BenefitRow>[] = COLUMNS.map(
  ([key, header]) => ({ header, value: (row) => row[key] })
)
