import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api, download, type Page, type QueryParams } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { Flag, MonitoringCase, OversightKind, QueueFilters } from "./types"

const PATH = {
  flag: "/bureau/oversight/flags",
  case: "/bureau/oversight/cases",
}

// The queue's filters as the API's query: the rule or category under its
// own name, empty ones left out.
export function queueQuery(
  kind: OversightKind,
  filters: QueueFilters
): QueryParams {
  return {
    county_code: filters.county_code,
    township: filters.township.trim(),
    status: filters.status,
    [kind === "flag" ? "rule" : "category"]: filters.kind,
    older_than_days: filters.older_than_days,
    assigned: filters.assigned,
  }
}

export type FlagPage = { flags: Flag[] } & Page
export type CasePage = { cases: MonitoringCase[] } & Page

// One page of the flag or case queue, oldest open first, kept on screen
// while the next page or filter loads.
export function useFlagQueue(params: QueryParams) {
  return useQuery({
    queryKey: queryKeys.oversight.queue("flag", params),
    placeholderData: keepPreviousData,
    queryFn: () => api<FlagPage>(PATH.flag, { query: params }),
  })
}

export function useCaseQueue(params: QueryParams) {
  return useQuery({
    queryKey: queryKeys.oversight.queue("case", params),
    placeholderData: keepPreviousData,
    queryFn: () => api<CasePage>(PATH.case, { query: params }),
  })
}

// The whole queue with the same filters, as the CSV the backend streams.
export function exportQueue(kind: OversightKind, params: QueryParams) {
  const { offset: _offset, limit: _limit, ...filters } = params
  return download(
    PATH[kind],
    { ...filters, format: "csv" },
    `${kind === "flag" ? "oversight-flags" : "monitoring-cases"}.csv`
  )
}
