import { useTranslation } from "react-i18next"
import { DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { ProgressBar } from "@/components/progress-bar"
import { QueryState } from "@/components/states"
import { StatusBadge } from "@/components/status-badge"
import { formatFen, formatPercent } from "@/lib/money"
import { useReport } from "../api/get-report"
import type { PovertyLineReport as Report } from "../api/types"
import { CsvButton } from "./csv-button"
import { householdColumns } from "./household-columns"
import { PrintLink } from "./print/print-link"

const LIMIT = 50

// Confirmed income per member in a year against that year's poverty line,
// lowest first, each with a bar of how much of the line it covers; shop
// revenue traced to the household beside it, greyed and labeled "not
// income"; lifted households marked as such.
export function PovertyLineReport({
  year,
  belowLineOnly,
  countyCode,
  township,
  offset,
  onOffsetChange,
}: {
  year: string
  belowLineOnly: boolean
  countyCode?: string
  township?: string
  offset: number
  onOffsetChange: (offset: number) => void
}) {
  const { t, i18n } = useTranslation("reports")
  const params = {
    year,
    below_line_only: belowLineOnly ? "true" : undefined,
    county_code: countyCode || undefined,
    township: township || undefined,
    limit: LIMIT,
    offset,
  }
  const query = useReport<Report>("poverty-line", params)
  const money = (fen: number | null) =>
    fen === null ? "—" : formatFen(fen, i18n.language)
  return (
    <Panel
      title={t("povertyLine.tableTitle", { year })}
      actions={
        <span className="flex gap-2">
          <PrintLink
            report="poverty-line"
            params={{
              year,
              below_line_only: belowLineOnly ? "true" : undefined,
              county_code: countyCode || undefined,
              township: township || undefined,
            }}
          />
          <CsvButton
            report="poverty-line"
            params={params}
            filename={`poverty-line-${year}${belowLineOnly ? "-below" : ""}`}
          />
        </span>
      }
    >
      <QueryState query={query}>
        {(data) => (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-stone-700">
              {data.poverty_line
                ? t("povertyLine.line", {
                    year: data.poverty_line.year,
                    amount: formatFen(data.poverty_line.amount, i18n.language),
                  })
                : t("povertyLine.noLine")}
            </p>
            <DataTable
              page={{
                count: data.count,
                offset,
                limit: LIMIT,
                onChange: onOffsetChange,
              }}
              nowrap
              caption={t("povertyLine.tableTitle", { year })}
              rows={data.households}
              rowKey={(row) => row.household_id ?? row.registry_number ?? ""}
              empty={{
                title: belowLineOnly
                  ? t("povertyLine.emptyBelow")
                  : t("povertyLine.empty"),
              }}
              columns={[
                ...householdColumns<Report["households"][number]>(t),
                {
                  key: "income",
                  header: t("povertyLine.income"),
                  numeric: true,
                  cell: (row) => money(row.income),
                },
                {
                  key: "otherIncome",
                  header: t("povertyLine.otherIncome"),
                  numeric: true,
                  cell: (row) => money(row.other_income),
                },
                {
                  key: "perMember",
                  header: t("povertyLine.perMember"),
                  numeric: true,
                  cell: (row) => money(row.income_per_member),
                },
                {
                  key: "revenue",
                  header: t("povertyLine.revenue"),
                  numeric: true,
                  cell: (row) => (
                    <span
                      className="text-stone-500"
                      title={t("povertyLine.revenueHint")}
                    >
                      {money(row.revenue_per_member)}
                    </span>
                  ),
                },
                {
                  key: "coverage",
                  header: t("povertyLine.coverage"),
                  cell: (row) =>
                    row.line_coverage_bp === null ? (
                      "—"
                    ) : (
                      <span className="flex min-w-36 items-center gap-2">
                        <ProgressBar
                          ratio={row.line_coverage_bp / 10000}
                          label={t("povertyLine.coverageOf", {
                            registry: row.registry_number,
                          })}
                        />
                        <span className="w-14 text-right text-xs tabular-nums">
                          {formatPercent(row.line_coverage_bp / 10000, 0)}
                        </span>
                      </span>
                    ),
                },
                {
                  key: "below",
                  header: t("povertyLine.against"),
                  cell: (row) =>
                    row.status === "lifted" ? (
                      <StatusBadge tone="green">
                        {t("povertyLine.lifted")}
                      </StatusBadge>
                    ) : row.below_line === null ? (
                      "—"
                    ) : (
                      <StatusBadge tone={row.below_line ? "amber" : "green"}>
                        {row.below_line
                          ? t("povertyLine.below")
                          : t("povertyLine.above")}
                      </StatusBadge>
                    ),
                },
              ]}
            />
          </div>
        )}
      </QueryState>
    </Panel>
  )
}
