import { lazy, Suspense } from "react"
import type { EChartsOption } from "echarts"
import { LoadingState } from "./states"

// ECharts is ~1 MB: it loads with the first chart, not with the console.
const EChart = lazy(() => import("./echart"))

export function Chart({
  option,
  height = 280,
  label,
}: {
  option: EChartsOption
  height?: number
  // What the chart shows, for screen readers (the table beside it has the figures).
  label: string
}) {
  return (
    <figure aria-label={label} style={{ height }}>
      <Suspense fallback={<LoadingState />}>
        <EChart option={option} height={height} />
      </Suspense>
    </figure>
  )
}
