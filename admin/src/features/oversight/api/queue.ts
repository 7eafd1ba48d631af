import i18next from "i18next"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import {
  api,
  download,
  type Page,
  type QueryParams,
  reviewerCsv,
} from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import { ITEM_PATH } from "./get-item"
import type { OversightKind, QueueFilters, QueueItem } from "./types"

const LIST = { flag: "flags", case: "cases" } as const
const CSV_NAME = { flag: "oversight-flags", case: "monitoring-cases" }

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

// One page of the flag or case queue, oldest open first, kept on screen
// while the next page or filter loads; its rows as `items`.
export function useQueue<K extends OversightKind>(
  kind: K,
  params: QueryParams
) {
  return useQuery({
    queryKey: queryKeys.oversight.queue(kind, params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<Record<(typeof LIST)[K], QueueItem[K][]> & Page>(ITEM_PATH[kind], {
        query: params,
      }),
    select: (data) => ({ items: data[LIST[kind]], count: data.count }),
  })
}

// The whole queue with the same filters, as the CSV the backend streams.
export function exportQueue(kind: OversightKind, params: QueryParams) {
  const { offset: _offset, limit: _limit, ...filters } = params
  return download(
    ITEM_PATH[kind],
    { ...filters, ...reviewerCsv(i18next.language) },
    `${CSV_NAME[kind]}.csv`
  )
}
