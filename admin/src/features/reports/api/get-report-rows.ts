import { useQuery } from "@tanstack/react-query"
import { api, type QueryParams } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { ReportName } from "./get-report"

// The most rows a printed report holds; beyond it the sheet says it is cut
// and points to the CSV, which streams any size.
export const PRINT_ROW_CAP = 5000
const PAGE = 500

export type ReportRows<Row, Extra> = {
  rows: Row[]
  count: number
  truncated: boolean
  // The first page's answer less its rows (totals, the poverty line).
  extra: Extra
}

// Every row of a report with the same filters, page after page, for a
// printed sheet.
export function useReportRows<Row, Extra = Record<string, unknown>>(
  name: ReportName,
  params: QueryParams,
  rowsKey: string
) {
  return useQuery({
    queryKey: queryKeys.reports.report(`${name}:all`, params),
    queryFn: async (): Promise<ReportRows<Row, Extra>> => {
      const rows: Row[] = []
      let count = 0
      let extra = {} as Extra
      for (let offset = 0; offset < PRINT_ROW_CAP; offset += PAGE) {
        const page = await api<Record<string, unknown> & { count: number }>(
          `/bureau/reports/${name}`,
          { query: { ...params, limit: PAGE, offset } }
        )
        const found = (page[rowsKey] ?? []) as Row[]
        if (offset === 0) {
          const { [rowsKey]: _rows, ...rest } = page
          extra = rest as Extra
        }
        rows.push(...found)
        count = page.count
        if (rows.length >= count || found.length < PAGE) break
      }
      return {
        rows: rows.slice(0, PRINT_ROW_CAP),
        count,
        truncated: count > PRINT_ROW_CAP,
        extra,
      }
    },
  })
}
