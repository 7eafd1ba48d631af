import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { BatchList } from "./types"

// One page of the cooperative's batches, latest harvest first.
export function useBatches(params: { offset: number; limit: number }) {
  return useQuery({
    queryKey: queryKeys.batches.list(params),
    queryFn: () => api<BatchList>("/vendor/batches", { query: params }),
    placeholderData: keepPreviousData,
  })
}
