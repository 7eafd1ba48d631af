import { useTranslation } from "react-i18next"
import { Chart } from "@/components/chart"
import { DataTable } from "@/components/data-table"
import { Panel, Stat } from "@/components/page-header"
import { EmptyState, QueryState } from "@/components/states"
import { fenToYuan, formatFen, formatPercent } from "@/lib/money"
import { useReport } from "../api/get-report"
import type { ConcentrationReport as Report } from "../api/types"
import { CsvButton } from "./csv-button"

// How evenly attributed income reaches households: the top tenth's share
// and every decile's total.
export function ConcentrationReport({
  from,
  to,
  countyCode,
}: {
  from: string
  to: string
  countyCode?: string
}) {
  const { t, i18n } = useTranslation("reports")
  const params = { from, to, county_code: countyCode || undefined }
  const query = useReport<Report>("concentration", params)
  const money = (fen: number) => formatFen(fen, i18n.language)
  return (
    <QueryState query={query}>
      {({ concentration: c }) => (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-stone-600">
            {t("concentration.period", { from: c.from, to: c.to })}
          </p>
          <div className="grid gap-3 sm:grid-cols-3">
            <Stat
              label={t("concentration.topShare")}
              value={formatPercent(c.top_decile_share_bp / 10000)}
              hint={t("concentration.topShareHint", {
                households: c.top_decile_households,
                income: money(c.top_decile_income),
              })}
            />
            <Stat
              label={t("concentration.households")}
              value={c.households_with_income}
            />
            <Stat
              label={t("concentration.total")}
              value={money(c.total_income)}
            />
          </div>
          <Panel
            title={t("concentration.deciles")}
            actions={
              <CsvButton
                report="concentration"
                params={params}
                filename={`concentration-${c.from}-${c.to}`}
              />
            }
          >
            {c.deciles.length === 0 ? (
              <EmptyState
                title={t("concentration.empty")}
                hint={t("concentration.emptyHint")}
              />
            ) : (
              <div className="flex flex-col gap-4">
                <Chart
                  label={t("concentration.deciles")}
                  option={{
                    tooltip: { trigger: "axis" },
                    grid: { left: 60, right: 16, top: 16, bottom: 32 },
                    xAxis: {
                      type: "category",
                      data: c.deciles.map((d) =>
                        t("concentration.decile", { decile: d.decile })
                      ),
                    },
                    yAxis: { type: "value", name: t("dashboard.yuan") },
                    series: [
                      {
                        type: "bar",
                        name: t("concentration.income"),
                        data: c.deciles.map((d) => fenToYuan(d.income)),
                        itemStyle: { color: "#047857" },
                      },
                    ],
                  }}
                />
                <DataTable
                  nowrap
                  caption={t("concentration.deciles")}
                  rows={c.deciles}
                  rowKey={(row) => String(row.decile)}
                  empty={{ title: t("concentration.empty") }}
                  columns={[
                    {
                      key: "decile",
                      header: t("concentration.decileColumn"),
                      cell: (row) =>
                        t("concentration.decile", { decile: row.decile }),
                    },
                    {
                      key: "households",
                      header: t("concentration.households"),
                      numeric: true,
                      cell: (row) => row.households,
                    },
                    {
                      key: "income",
                      header: t("concentration.income"),
                      numeric: true,
                      cell: (row) => money(row.income),
                    },
                    {
                      key: "share",
                      header: t("concentration.share"),
                      numeric: true,
                      cell: (row) =>
                        formatPercent(
                          c.total_income > 0 ? row.income / c.total_income : 0
                        ),
                    },
                  ]}
                />
              </div>
            )}
          </Panel>
        </div>
      )}
    </QueryState>
  )
}
