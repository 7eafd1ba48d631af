import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { AttributionReport, Grain } from "./types"

const PAGE = 500
const MAX_PAGES = 20

// Every county × period row of a range (for charts, which need all of it,
// not a page): pages of 500 until the count is reached.
export function useAttributionSeries(params: {
  grain: Grain
  from?: string
  to?: string
}) {
  return useQuery({
    queryKey: queryKeys.reports.report("attribution-series", params),
    queryFn: async () => {
      const first = await api<AttributionReport<"county">>(
        "/bureau/reports/attribution",
        { query: { ...params, group_by: "county", limit: PAGE, offset: 0 } }
      )
      const rows = [...first.attribution]
      for (
        let page = 1;
        rows.length < first.count && page < MAX_PAGES;
        page++
      ) {
        const next = await api<AttributionReport<"county">>(
          "/bureau/reports/attribution",
          {
            query: {
              ...params,
              group_by: "county",
              limit: PAGE,
              offset: page * PAGE,
            },
          }
        )
        rows.push(...next.attribution)
      }
      return { ...first, attribution: rows }
    },
  })
}
