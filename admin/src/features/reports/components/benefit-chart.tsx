import { lazy, Suspense, useMemo } from "react"
import type { EChartsOption } from "echarts"
import { useTranslation } from "react-i18next"
import { LoadingState } from "@/components/states"
import { formatFen } from "@/lib/money"
import type { BenefitRow } from "../api/types"

// The console's chart (components/echart.tsx), loaded with the first chart.
const EChart = lazy(() => import("@/components/echart"))

const RED = "#b91c1c"
const GREEN = "#047857"

// The benefit ratio of every row on the page, lowest first, as horizontal
// bars (long cooperative names stay readable on the axis), those below the
// threshold in red, the threshold a dashed line.
export function BenefitChart({
  rows,
  thresholdBp,
  label,
  nameOf,
}: {
  rows: BenefitRow[]
  thresholdBp: number
  label: string
  nameOf: (row: BenefitRow) => string
}) {
  const { t, i18n } = useTranslation("reports")
  const charted = useMemo(
    () =>
      rows
        .filter((row) => row.benefit_ratio_bp !== null)
        .sort((a, b) => a.benefit_ratio_bp! - b.benefit_ratio_bp!),
    [rows]
  )
  const uncharted = rows.length - charted.length
  const threshold = thresholdBp / 100
  const height = Math.max(160, charted.length * 30 + 64)
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        formatter: (params) => {
          const first = Array.isArray(params) ? params[0] : params
          const row = charted[first.dataIndex]
          if (!row) return ""
          return [
            `<strong>${escapeHtml(nameOf(row))}</strong>`,
            `${t("benefit.ratio")}: ${percent(row.benefit_ratio_bp)}`,
            `${t("benefit.paid")}: ${formatFen(row.paid, i18n.language)}`,
            `${t("benefit.attributed")}: ${formatFen(row.attributed_to_households, i18n.language)}`,
          ].join("<br/>")
        },
      },
      grid: { left: 8, right: 56, top: 32, bottom: 8, containLabel: true },
      xAxis: {
        type: "value",
        min: 0,
        // The threshold stays on the axis when every ratio is below it.
        max: niceCeil(
          Math.max(
            threshold,
            ...charted.map((r) => r.benefit_ratio_bp! / 100)
          ) * 1.05
        ),
        axisLabel: { formatter: "{value}%" },
      },
      yAxis: {
        type: "category",
        inverse: true,
        axisLabel: { width: 180, overflow: "truncate" },
        data: charted.map(nameOf),
      },
      series: [
        {
          type: "bar",
          name: t("benefit.ratio"),
          barMaxWidth: 18,
          data: charted.map((row) => ({
            value: row.benefit_ratio_bp! / 100,
            itemStyle: { color: row.below_threshold ? RED : GREEN },
          })),
          label: {
            show: true,
            position: "right",
            formatter: (p) => `${Number(p.value).toFixed(1)}%`,
          },
          markLine: {
            silent: true,
            symbol: "none",
            lineStyle: { color: RED, type: "dashed", width: 1.5 },
            label: {
              // The y axis runs top-down, so its start is the top.
              position: "start",
              color: RED,
              formatter: t("benefit.thresholdLine", {
                threshold: percent(thresholdBp),
              }),
            },
            data: [{ xAxis: threshold }],
          },
        },
      ],
    }),
    [charted, nameOf, threshold, thresholdBp, t, i18n.language]
  )
  return (
    <div className="flex flex-col gap-1">
      {charted.length > 0 && (
        <figure
          aria-label={label}
          style={{ height }}
          data-testid="benefit-chart"
        >
          <Suspense fallback={<LoadingState />}>
            <EChart option={option} height={height} />
          </Suspense>
        </figure>
      )}
      {uncharted > 0 && (
        <p className="text-xs text-stone-500">
          {t("benefit.uncharted", { count: uncharted })}
        </p>
      )}
    </div>
  )
}

// The next round axis end at or above `value` (1, 1.2, 1.5, 2, 2.5, 3,
// 4, 5, 6, 8 × a power of ten).
function niceCeil(value: number) {
  if (value <= 0) return 10
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find(
    (s) => s * power >= value - 1e-9
  )!
  return step * power
}

export const percent = (bp: number | null) =>
  bp === null ? "—" : `${(bp / 100).toFixed(1)}%`

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[
        c
      ]!
  )
