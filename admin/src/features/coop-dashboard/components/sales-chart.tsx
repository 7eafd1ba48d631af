import type { EChartsOption } from "echarts"
import { useTranslation } from "react-i18next"
import { Chart } from "@/components/chart"
import { fenToYuan, formatFen, yuanToFen } from "@/lib/money"
import type { MonthRow } from "../api/types"
import { monthsBetween } from "../utils/period"

// Net sales (bars) and the part attributed to households (line) per month,
// every month of the period on the axis, amounts in yuan.
export function SalesChart({
  rows,
  from,
  to,
}: {
  rows: MonthRow[]
  from: string
  to: string
}) {
  const { t, i18n } = useTranslation("coop-dashboard")
  const months = monthsBetween(from, to)
  const byMonth = new Map(rows.map((row) => [row.period, row]))
  const option: EChartsOption = {
    tooltip: {
      trigger: "axis",
      valueFormatter: (value) =>
        formatFen(yuanToFen(Number(value)), i18n.language),
    },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: "category", data: months },
    yAxis: { type: "value", name: t("chart.unit") },
    series: [
      {
        name: t("chart.sales"),
        type: "bar",
        itemStyle: { color: "#047857" },
        data: months.map((m) => fenToYuan(byMonth.get(m)?.net ?? 0)),
      },
      {
        name: t("chart.toHouseholds"),
        type: "line",
        itemStyle: { color: "#d97706" },
        data: months.map((m) => fenToYuan(byMonth.get(m)?.to_households ?? 0)),
      },
    ],
  }
  return <Chart option={option} label={t("chart.label")} height={300} />
}
