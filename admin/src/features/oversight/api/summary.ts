import i18next from "i18next"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api, download, reviewerCsv } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { OversightSummaryRow } from "./types"

export type SummaryParams = {
  group_by: "township" | "county"
  county_code: string
  year: string
}

const PATH = "/bureau/reports/oversight"

// Flags and cases per township (or county): by rule or category and status.
export function useOversightSummary(params: SummaryParams) {
  return useQuery({
    queryKey: queryKeys.oversight.summary(params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ oversight: OversightSummaryRow[] }>(PATH, { query: params }),
    select: (data) => data.oversight,
  })
}

export function exportOversightSummary(params: SummaryParams) {
  return download(
    PATH,
    { ...params, ...reviewerCsv(i18next.language) },
    `oversight-${params.group_by}.csv`
  )
}
