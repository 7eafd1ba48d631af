import type { EChartsOption } from "echarts"
import { BarChart, LineChart } from "echarts/charts"
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from "echarts/components"
import * as echarts from "echarts/core"
import { CanvasRenderer } from "echarts/renderers"

// Only what the console draws (bars and lines with axes, tooltips, a
// legend and marked lines such as a threshold): a third of the whole library. Add a chart type here before using it.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
])
import { useEffect, useRef } from "react"

// One ECharts instance bound to a div, resized with the window.
export default function EChart({
  option,
  height,
}: {
  option: EChartsOption
  height: number
}) {
  const element = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)

  useEffect(() => {
    if (!element.current) return
    const instance = echarts.init(element.current)
    chart.current = instance
    const resize = () => instance.resize()
    window.addEventListener("resize", resize)
    return () => {
      window.removeEventListener("resize", resize)
      instance.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.setOption(option, true)
  }, [option])

  return <div ref={element} style={{ height, width: "100%" }} />
}
