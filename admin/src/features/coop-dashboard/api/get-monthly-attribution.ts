import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import { type DashboardPeriod, periodQuery } from "../utils/period"
import type { MonthRow, PeriodReport } from "./types"

// Sales and what reached households, per month, with the period's totals.
export function useMonthlyAttribution(period: DashboardPeriod) {
  const params = { view: "month", limit: 500, ...periodQuery(period) }
  return useQuery({
    queryKey: queryKeys.vendorAttribution.view(params),
    queryFn: () =>
      api<{ months: MonthRow[] } & PeriodReport>("/vendor/attribution", {
        query: params,
      }),
  })
}
