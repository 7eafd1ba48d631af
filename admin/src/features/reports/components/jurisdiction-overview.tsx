import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Chart } from "@/components/chart"
import { Panel, Stat } from "@/components/page-header"
import { EmptyState, QueryState } from "@/components/states"
import { fenToYuan, formatFen } from "@/lib/money"
import { useAttributionSeries } from "../api/get-attribution-series"
import type { CountyAttributionRow } from "../api/types"

// Sums the county × month rows per county and per month, for the charts.
function summarise(rows: CountyAttributionRow[], language: string) {
  const counties = new Map<string, { name: string; net: number }>()
  const months = new Map<string, { sales: number; net: number }>()
  for (const row of rows) {
    const name = (language === "en" ? row.name_en : row.name) ?? row.key
    const county = counties.get(row.key) ?? { name, net: 0 }
    county.net += row.net
    counties.set(row.key, county)
    const month = months.get(row.period) ?? { sales: 0, net: 0 }
    month.sales += row.sales
    month.net += row.net
    months.set(row.period, month)
  }
  return {
    counties: [...counties.values()].sort((a, b) => b.net - a.net),
    months: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)),
  }
}

// The jurisdiction's last twelve months: totals, net by county (bar) and
// sales / net by month (line).
export function JurisdictionOverview() {
  const { t, i18n } = useTranslation("reports")
  const query = useAttributionSeries({ grain: "month" })
  const summary = useMemo(
    () => summarise(query.data?.attribution ?? [], i18n.language),
    [query.data, i18n.language]
  )
  return (
    <QueryState query={query}>
      {(data) => (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-stone-600">
            {t("dashboard.period", { from: data.from, to: data.to })}
          </p>
          <div className="grid gap-3 sm:grid-cols-3">
            <Stat
              label={t("money.totalSales")}
              value={formatFen(data.totals.sales, i18n.language)}
            />
            <Stat
              label={t("money.totalRefunds")}
              value={formatFen(data.totals.refunds, i18n.language)}
            />
            <Stat
              label={t("money.totalNet")}
              value={formatFen(data.totals.net, i18n.language)}
            />
          </div>
          {data.attribution.length === 0 ? (
            <EmptyState
              title={t("dashboard.empty")}
              hint={t("dashboard.emptyHint")}
            />
          ) : (
            <div className="grid gap-4 lg:grid-cols-2">
              <Panel title={t("dashboard.byCounty")}>
                <Chart
                  label={t("dashboard.byCounty")}
                  height={Math.max(280, summary.counties.length * 28 + 48)}
                  option={{
                    tooltip: { trigger: "axis" },
                    grid: {
                      left: 8,
                      right: 24,
                      top: 24,
                      bottom: 8,
                      containLabel: true,
                    },
                    xAxis: { type: "value", name: t("dashboard.yuan") },
                    yAxis: {
                      type: "category",
                      inverse: true,
                      axisLabel: { width: 110, overflow: "truncate" },
                      data: summary.counties.map((c) => c.name),
                    },
                    series: [
                      {
                        type: "bar",
                        name: t("money.net"),
                        data: summary.counties.map((c) => fenToYuan(c.net)),
                        itemStyle: { color: "#047857" },
                      },
                    ],
                  }}
                />
              </Panel>
              <Panel title={t("dashboard.byMonth")}>
                <Chart
                  label={t("dashboard.byMonth")}
                  option={{
                    tooltip: { trigger: "axis" },
                    legend: { bottom: 0 },
                    grid: { left: 60, right: 16, top: 16, bottom: 48 },
                    xAxis: {
                      type: "category",
                      data: summary.months.map(([period]) => period),
                    },
                    yAxis: { type: "value", name: t("dashboard.yuan") },
                    series: [
                      {
                        type: "line",
                        name: t("money.sales"),
                        data: summary.months.map(([, m]) => fenToYuan(m.sales)),
                        itemStyle: { color: "#a8a29e" },
                      },
                      {
                        type: "line",
                        name: t("money.net"),
                        data: summary.months.map(([, m]) => fenToYuan(m.net)),
                        itemStyle: { color: "#047857" },
                      },
                    ],
                  }}
                />
              </Panel>
            </div>
          )}
        </div>
      )}
    </QueryState>
  )
}
