import {
  type AttributionGroup,
  type AttributionRowFor,
  type DeclineRow,
  type HouseholdFields,
  maskName,
  type PovertyLineRow,
} from "@tianfu/domain"
import { incomePerMember, lineCoverage } from "../../lib/reports/poverty-line"
import type { ReportColumn } from "./report-response"

// Report rows as they leave the server: amounts in integer fen (as numbers),
// household heads masked, never an ID number or phone.

type RawHousehold = {
  id?: string
  key?: string
  registry_number: string | null
  county_code: string | null
  township?: string | null
  village: string | null
  head_name: string | null
  member_count: number | null
  status: string | null
}

export function householdView(raw: Partial<RawHousehold>): HouseholdFields {
  return {
    household_id: raw.id ?? raw.key ?? null,
    registry_number: raw.registry_number ?? null,
    county_code: raw.county_code ?? null,
    village: raw.village ?? null,
    head_name: raw.head_name ? maskName(raw.head_name) : null,
    member_count: raw.member_count ?? null,
    status: raw.status ?? null,
  }
}

export type HouseholdRow = HouseholdFields

// The household columns of any report row that carries a household.
export function householdColumns<
  Row extends HouseholdRow,
>(): ReportColumn<Row>[] {
  return [
    { header: "household_id", value: (r) => r.household_id },
    { header: "registry_number", value: (r) => r.registry_number },
    { header: "county_code", value: (r) => r.county_code },
    { header: "village", value: (r) => r.village },
    { header: "head_name", value: (r) => r.head_name },
    { header: "member_count", value: (r) => r.member_count },
    { header: "status", value: (r) => r.status },
  ]
}

export const HOUSEHOLD_COLUMNS = householdColumns<HouseholdRow>()

type RawAttribution = Partial<RawHousehold> & {
  period: string
  key: string
  sales: string | number
  refunds: string | number
  net: string | number
  unverified?: string | number
  verification?: string | null
  name_zh?: string | null
  name_en?: string | null
  handle?: string | null
}

export function attributionView(groupBy: AttributionGroup) {
  return (raw: RawAttribution): AttributionRowFor[AttributionGroup] => ({
    period: raw.period,
    key: raw.key,
    ...(groupBy === "household"
      ? {
          ...householdView(raw),
          household_id: raw.key,
          verification: raw.verification ?? null,
        }
      : {
          name: raw.name_zh ?? null,
          name_en: raw.name_en ?? null,
          ...(groupBy === "cooperative"
            ? {
                handle: raw.handle ?? null,
                county_code: raw.county_code ?? null,
              }
            : {}),
          unverified: Number(raw.unverified ?? 0),
        }),
    sales: Number(raw.sales),
    refunds: Number(raw.refunds),
    net: Number(raw.net),
  })
}

export type AttributionRow = AttributionRowFor[AttributionGroup]

export function attributionColumns(
  groupBy: AttributionGroup
): ReportColumn<AttributionRow>[] {
  const named: ReportColumn<AttributionRow>[] =
    groupBy === "household"
      ? householdColumns<AttributionRow & HouseholdRow>().map((column) => ({
          header: column.header,
          value: (row: AttributionRow) =>
            column.value(row as AttributionRow & HouseholdRow),
        }))
      : [
          { header: "name", value: (r) => ("name" in r ? r.name : null) },
          {
            header: "name_en",
            value: (r) => ("name_en" in r ? r.name_en : null),
          },
        ]
  return [
    { header: "period", value: (r) => r.period },
    { header: groupBy, value: (r) => r.key },
    ...named,
    { header: "sales_fen", value: (r) => r.sales },
    { header: "refunds_fen", value: (r) => r.refunds },
    { header: "net_fen", value: (r) => r.net },
    ...(groupBy === "household"
      ? []
      : [
          {
            header: "unverified_suppliers_fen",
            value: (r: AttributionRow) =>
              "unverified" in r ? r.unverified : 0,
          },
        ]),
  ]
}

export function incomeView(lineFen: number | null) {
  return (
    raw: RawHousehold & {
      income: string
      other_income?: string
      revenue?: string
    }
  ): PovertyLineRow => {
    const household = householdView(raw)
    const income = Number(raw.income)
    const otherIncome = Number(raw.other_income ?? 0)
    const revenue = Number(raw.revenue ?? 0)
    const perMember = incomePerMember(
      income + otherIncome,
      raw.member_count ?? 0
    )
    return {
      ...household,
      income,
      other_income: otherIncome,
      income_total: income + otherIncome,
      income_per_member: perMember,
      revenue,
      revenue_per_member: incomePerMember(revenue, raw.member_count ?? 0),
      poverty_line: lineFen,
      line_coverage_bp: lineFen ? lineCoverage(perMember, lineFen) : null,
      below_line:
        lineFen !== null
          ? household.status !== "lifted" && perMember < lineFen
          : null,
    }
  }
}

export type IncomeRow = PovertyLineRow

export const INCOME_COLUMNS: ReportColumn<IncomeRow>[] = [
  ...householdColumns<IncomeRow>(),
  { header: "income_confirmed_fen", value: (r) => r.income },
  { header: "income_other_fen", value: (r) => r.other_income },
  { header: "income_total_fen", value: (r) => r.income_total },
  { header: "income_per_member_fen", value: (r) => r.income_per_member },
  { header: "revenue_attributed_fen", value: (r) => r.revenue },
  {
    header: "revenue_attributed_per_member_fen",
    value: (r) => r.revenue_per_member,
  },
  { header: "poverty_line_fen", value: (r) => r.poverty_line },
  { header: "line_coverage_bp", value: (r) => r.line_coverage_bp },
  { header: "below_line", value: (r) => r.below_line },
]

export function declineView(
  raw: RawHousehold & {
    previous_income: string
    current_income: string
    change: string
  }
): DeclineRow {
  return {
    ...householdView(raw),
    previous_income: Number(raw.previous_income),
    current_income: Number(raw.current_income),
    change: Number(raw.change),
  }
}

export const DECLINE_COLUMNS: ReportColumn<DeclineRow>[] = [
  ...householdColumns<DeclineRow>(),
  { header: "previous_income_fen", value: (r) => r.previous_income },
  { header: "current_income_fen", value: (r) => r.current_income },
  { header: "change_fen", value: (r) => r.change },
]
