import type { EChartsOption } from "echarts"
import type { TFunction } from "i18next"
import { formatFen } from "@/lib/money"
import type { AidSource, HouseholdStreams } from "../api/types"

// One colour per aid source (stacked bars) and per income line.
const SOURCE_COLOURS: Record<AidSource, string> = {
  pairing_support: "#065f46",
  east_west: "#0f766e",
  minimum_allowance: "#b45309",
  micro_credit: "#7c3aed",
  industrial_subsidy: "#15803d",
  education: "#0369a1",
  medical: "#be123c",
  social_donation: "#a16207",
  other: "#78716c",
}
const LINES = {
  revenue: "#1d4ed8",
  confirmed: "#c2410c",
  registry: "#57534e",
}
const SHOCK = "#b91c1c"

// The years a household's timeline spans: those with any stream, shock
// event, flag or case, without gaps between.
export function timelineYears(streams: HouseholdStreams): number[] {
  const years = [
    ...streams.years.map((y) => y.year),
    ...streams.shock_events.map((s) => Number(s.occurred_on.slice(0, 4))),
    ...streams.flags.map((f) => f.year),
    ...streams.cases.map((c) => c.year),
  ]
  if (!years.length) return []
  const first = Math.min(...years)
  const last = Math.max(...years)
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

export const registryTotal = (
  income: HouseholdStreams["years"][number]["registry_income"]
) => (income ? income.wage + income.transfer + income.property : null)

// Every stream of a household by year: aid stacked by source, marketplace
// revenue, payouts the household confirmed and the registry's income as
// lines; a year with a shock event marked by a dashed line. Yuan on the
// axis, yuan with two decimals in the tooltip.
export function timelineOption(
  streams: HouseholdStreams,
  t: TFunction,
  language: string
): EChartsOption {
  const years = timelineYears(streams)
  const row = (year: number) => streams.years.find((y) => y.year === year)
  const yuan = (fen: number | null | undefined) =>
    fen === null || fen === undefined ? null : fen / 100
  const sources = streams.sources.filter((source) =>
    streams.years.some((y) => (y.aid[source] ?? 0) > 0)
  )
  const shockYears = [
    ...new Set(streams.shock_events.map((s) => s.occurred_on.slice(0, 4))),
  ]
  const line = (name: string, colour: string, data: (number | null)[]) => ({
    type: "line" as const,
    name,
    data,
    connectNulls: false,
    symbolSize: 7,
    lineStyle: { width: 2.5, color: colour },
    itemStyle: { color: colour },
  })
  return {
    color: sources.map((s) => SOURCE_COLOURS[s]),
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (value) =>
        value === null || value === undefined || value === "-"
          ? "—"
          : formatFen(Math.round(Number(value) * 100), language),
    },
    legend: { top: 0, type: "scroll" },
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: years.map(String) },
    yAxis: {
      type: "value",
      name: t("timeline.axis"),
      axisLabel: {
        formatter: (value: number) =>
          new Intl.NumberFormat(language === "en" ? "en-US" : "zh-CN", {
            notation: "compact",
          }).format(value),
      },
    },
    series: [
      ...sources.map((source) => ({
        type: "bar" as const,
        name: t(`source.${source}`),
        stack: "aid",
        barMaxWidth: 48,
        itemStyle: { color: SOURCE_COLOURS[source] },
        data: years.map((year) => yuan(row(year)?.aid[source] ?? 0)),
      })),
      {
        ...line(
          t("timeline.revenue"),
          LINES.revenue,
          years.map((year) => yuan(row(year)?.marketplace_revenue ?? 0))
        ),
        // A year with shock events: a dashed line, how many on its label.
        markLine: {
          silent: true,
          symbol: "none",
          lineStyle: { color: SHOCK, type: "dashed" as const, width: 1.5 },
          label: { color: SHOCK, position: "end" as const },
          data: shockYears.map((year) => ({
            xAxis: year,
            label: {
              formatter: t("timeline.shockMark", {
                count: streams.shock_events.filter((s) =>
                  s.occurred_on.startsWith(year)
                ).length,
              }),
            },
          })),
        },
      },
      line(
        t("timeline.confirmed"),
        LINES.confirmed,
        years.map((year) => yuan(row(year)?.payouts_confirmed ?? 0))
      ),
      {
        ...line(
          t("timeline.registry"),
          LINES.registry,
          years.map((year) =>
            yuan(registryTotal(row(year)?.registry_income ?? null))
          )
        ),
        lineStyle: { width: 2, color: LINES.registry, type: "dotted" as const },
      },
    ],
  }
}
