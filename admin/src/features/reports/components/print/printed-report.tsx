import type { TFunction } from "i18next"
import { useTranslation } from "react-i18next"
import { PrintTable } from "@/components/print-sheet"
import { QueryState } from "@/components/states"
import { formatFen, formatPercent } from "@/lib/money"
import { PRINT_ROW_CAP, useReportRows } from "../../api/get-report-rows"
import type {
  CountyAttributionRow,
  HouseholdAttributionRow,
  HouseholdRow,
  Money,
  PovertyLineRow,
} from "../../api/types"

export const PRINTED_REPORTS = [
  "county-summary",
  "households",
  "poverty-line",
] as const
export type PrintedReportName = (typeof PRINTED_REPORTS)[number]

export type PrintFilters = {
  year: string
  county_code?: string
  cooperative_id?: string
  township?: string
  below_line_only?: boolean
}

const yearRange = (year: string) => ({
  grain: "year",
  from: `${year}-01-01`,
  to: `${year}-12-31`,
})

function sum<Row>(rows: Row[], pick: (row: Row) => number) {
  return rows.reduce((total, row) => total + Number(pick(row) ?? 0), 0)
}

function Truncated({ count }: { count: number }) {
  const { t } = useTranslation()
  return (
    <p className="mb-2 text-xs text-amber-800">
      {t("print.truncated", { cap: PRINT_ROW_CAP, count })}
    </p>
  )
}

// The household columns both household sheets open with (head masked as
// the API returns it).
function householdHeaders(t: TFunction) {
  return [
    { header: t("household.registry") },
    { header: t("print.columns.county") },
    { header: t("household.village") },
    { header: t("household.head") },
    { header: t("household.members"), numeric: true },
  ]
}

function householdCells(
  row: HouseholdRow,
  countyLabel: (code: string) => string
): React.ReactNode[] {
  return [
    row.registry_number ?? "—",
    row.county_code ? countyLabel(row.county_code) : "—",
    row.village ?? "—",
    row.head_name ?? "—",
    row.member_count ?? "—",
  ]
}

// The table of one printed report with every row the filters select.
export function PrintedReport({
  report,
  filters,
  countyLabel,
}: {
  report: PrintedReportName
  filters: PrintFilters
  countyLabel: (code: string) => string
}) {
  if (report === "county-summary")
    return <CountySummary filters={filters} countyLabel={countyLabel} />
  if (report === "households")
    return <HouseholdList filters={filters} countyLabel={countyLabel} />
  return <PovertyLine filters={filters} countyLabel={countyLabel} />
}

type Props = {
  filters: PrintFilters
  countyLabel: (code: string) => string
}

function CountySummary({ filters, countyLabel }: Props) {
  const { t, i18n } = useTranslation("reports")
  const money = (fen: number) => formatFen(fen, i18n.language)
  const query = useReportRows<CountyAttributionRow, { totals: Money }>(
    "attribution",
    { group_by: "county", ...yearRange(filters.year) },
    "attribution"
  )
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          {data.truncated && <Truncated count={data.count} />}
          <PrintTable
            caption={t("print.countySummary")}
            columns={[
              { header: t("print.columns.county") },
              { header: t("print.columns.countyCode") },
              { header: t("print.columns.sales"), numeric: true },
              { header: t("print.columns.refunds"), numeric: true },
              { header: t("print.columns.net"), numeric: true },
              { header: t("print.columns.unverified"), numeric: true },
            ]}
            rows={data.rows.map((row) => [
              countyLabel(row.key),
              row.key,
              money(row.sales),
              money(row.refunds),
              money(row.net),
              money(row.unverified),
            ])}
            totals={[
              t("common:print.total"),
              "",
              money(sum(data.rows, (r) => r.sales)),
              money(sum(data.rows, (r) => r.refunds)),
              money(sum(data.rows, (r) => r.net)),
              money(sum(data.rows, (r) => r.unverified)),
            ]}
          />
        </>
      )}
    </QueryState>
  )
}

function HouseholdList({ filters, countyLabel }: Props) {
  const { t, i18n } = useTranslation("reports")
  const money = (fen: number) => formatFen(fen, i18n.language)
  const query = useReportRows<HouseholdAttributionRow>(
    "attribution",
    {
      group_by: "household",
      ...yearRange(filters.year),
      county_code: filters.county_code,
      cooperative_id: filters.cooperative_id,
    },
    "attribution"
  )
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          {data.truncated && <Truncated count={data.count} />}
          <PrintTable
            caption={t("print.households")}
            columns={[
              ...householdHeaders(t),
              { header: t("household.status") },
              { header: t("print.columns.sales"), numeric: true },
              { header: t("print.columns.refunds"), numeric: true },
              { header: t("print.columns.net"), numeric: true },
            ]}
            rows={data.rows.map((row) => [
              ...householdCells(row, countyLabel),
              row.status ? t(`common:householdStatus.${row.status}`) : "—",
              money(row.sales),
              money(row.refunds),
              money(row.net),
            ])}
            totals={[
              t("common:print.total"),
              "",
              "",
              "",
              sum(data.rows, (r) => r.member_count ?? 0),
              "",
              money(sum(data.rows, (r) => r.sales)),
              money(sum(data.rows, (r) => r.refunds)),
              money(sum(data.rows, (r) => r.net)),
            ]}
          />
        </>
      )}
    </QueryState>
  )
}

function PovertyLine({ filters, countyLabel }: Props) {
  const { t, i18n } = useTranslation("reports")
  const money = (fen: number | null) =>
    fen === null ? "—" : formatFen(fen, i18n.language)
  const query = useReportRows<
    PovertyLineRow,
    { poverty_line: { year: number; amount: number } | null }
  >(
    "poverty-line",
    {
      year: filters.year,
      below_line_only: filters.below_line_only ? "true" : undefined,
      county_code: filters.county_code,
      township: filters.township,
    },
    "households"
  )
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <p className="mb-2 text-sm">
            {data.extra.poverty_line
              ? t("povertyLine.line", {
                  year: data.extra.poverty_line.year,
                  amount: money(data.extra.poverty_line.amount),
                })
              : t("povertyLine.noLine")}
          </p>
          {data.truncated && <Truncated count={data.count} />}
          <PrintTable
            caption={t("print.povertyLine")}
            columns={[
              ...householdHeaders(t),
              { header: t("povertyLine.income"), numeric: true },
              { header: t("povertyLine.otherIncome"), numeric: true },
              { header: t("povertyLine.perMember"), numeric: true },
              { header: t("povertyLine.coverage"), numeric: true },
              { header: t("povertyLine.revenue"), numeric: true },
            ]}
            rows={data.rows.map((row) => [
              ...householdCells(row, countyLabel),
              money(row.income),
              money(row.other_income),
              money(row.income_per_member),
              row.line_coverage_bp === null
                ? "—"
                : formatPercent(row.line_coverage_bp / 10000),
              money(row.revenue_per_member),
            ])}
          />
        </>
      )}
    </QueryState>
  )
}
