import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import { type DashboardPeriod, periodQuery } from "../utils/period"
import type { HouseholdRow, PeriodReport } from "./types"

// Attributed income per household and year over the period (largest first
// within each year; a 12-month period can span two years).
export function useHouseholdAttribution(period: DashboardPeriod) {
  const params = {
    view: "household",
    grain: "year",
    limit: 500,
    ...periodQuery(period),
  }
  return useQuery({
    queryKey: queryKeys.vendorAttribution.view(params),
    queryFn: () =>
      api<{ households: HouseholdRow[] } & PeriodReport>(
        "/vendor/attribution",
        { query: params }
      ),
  })
}
