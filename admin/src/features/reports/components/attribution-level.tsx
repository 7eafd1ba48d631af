import { useTranslation } from "react-i18next"
import { DataTable } from "@/components/data-table"
import { Panel } from "@/components/page-header"
import { QueryState } from "@/components/states"
import { ApiError } from "@/lib/api-client"
import { useReport } from "../api/get-report"
import type { AttributionGroup, AttributionReport } from "../api/types"
import { attributionColumns } from "./attribution-columns"
import { CsvButton } from "./csv-button"
import { MoneyTotals } from "./money-totals"
import { PrintLink } from "./print/print-link"

const LIMIT = 50

// One level of the drill-down for one calendar year. With grain=year each
// county / cooperative / household has exactly ONE row (its whole year's
// sales, refunds and net); by month or day, one row per period it sold in,
// the period first.
export function AttributionLevel<G extends AttributionGroup>({
  level,
  year,
  grain = "year",
  countyCode,
  cooperativeId,
  offset,
  onOffsetChange,
  countyLabel,
  notFound,
}: {
  level: G
  year: string
  grain?: "day" | "month" | "year"
  countyCode?: string
  cooperativeId?: string
  offset: number
  onOffsetChange: (offset: number) => void
  countyLabel: (code: string) => string
  notFound: React.ReactNode
}) {
  const { t, i18n } = useTranslation("reports")
  const params = {
    group_by: level,
    grain,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    county_code: countyCode,
    cooperative_id: cooperativeId,
    limit: LIMIT,
    offset,
  }
  const query = useReport<AttributionReport<G>>("attribution", params)
  if (query.error instanceof ApiError && query.error.status === 404) {
    return <>{notFound}</>
  }
  const filename = ["attribution", level, countyCode, cooperativeId, year]
    .filter(Boolean)
    .join("-")
  return (
    <Panel
      title={t(`attribution.levelTitle.${level}`, { year })}
      actions={
        <span className="flex gap-2">
          <PrintLink
            report={level === "county" ? "county-summary" : "households"}
            params={{
              year,
              county_code: countyCode,
              cooperative_id: cooperativeId,
            }}
          />
          <CsvButton report="attribution" params={params} filename={filename} />
        </span>
      }
    >
      <QueryState query={query}>
        {(data) => (
          <div className="flex flex-col gap-3">
            <MoneyTotals totals={data.totals} />
            <DataTable
              page={{
                count: data.count,
                offset,
                limit: LIMIT,
                onChange: onOffsetChange,
              }}
              nowrap
              caption={t(`attribution.levelTitle.${level}`, { year })}
              rows={data.attribution}
              rowKey={(row) => `${row.period}:${row.key}`}
              empty={{
                title: t("attribution.empty"),
                hint: t("attribution.emptyHint"),
              }}
              columns={[
                ...(grain === "year"
                  ? []
                  : [
                      {
                        key: "period",
                        header: t("attribution.period"),
                        cell: (row: { period: string }) => row.period,
                      },
                    ]),
                ...attributionColumns(level, {
                  t,
                  language: i18n.language,
                  search: `?year=${year}&grain=${grain}`,
                  countyCode,
                  countyLabel,
                }),
              ]}
            />
          </div>
        )}
      </QueryState>
    </Panel>
  )
}
