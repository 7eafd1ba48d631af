import i18next from "i18next"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api, download, type QueryParams, reviewerCsv } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"

export type ReportName =
  | "attribution"
  | "poverty-line"
  | "omitted"
  | "income-decline"
  | "concentration"
  | "benefit"
  | "late-payments"
  | "floor-compliance"
  | "coverage"
  | "unbound"

// One page of a bureau report (GET /bureau/reports/<name>), kept on screen
// while the next page or filter loads.
export function useReport<T>(name: ReportName, params: QueryParams) {
  return useQuery({
    queryKey: queryKeys.reports.report(name, params),
    queryFn: () => api<T>(`/bureau/reports/${name}`, { query: params }),
    placeholderData: keepPreviousData,
  })
}

// Every row of a report with the same filters, as the CSV the backend
// streams (paging parameters are dropped: the export is the whole list).
export function exportReport(
  name: ReportName,
  params: QueryParams,
  filename: string
) {
  const { offset: _offset, limit: _limit, ...filters } = params
  return download(
    `/bureau/reports/${name}`,
    { ...filters, ...reviewerCsv(i18next.language) },
    `${filename}.csv`
  )
}
