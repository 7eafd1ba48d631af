import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { BureauCooperative, CooperativeStatus, Page } from "./types"

export type CooperativeListParams = {
  status?: CooperativeStatus
  offset?: number
  limit?: number
}

// Cooperatives in the reviewer's jurisdiction, oldest first (the queue order).
export function useBureauCooperatives(params: CooperativeListParams) {
  return useQuery({
    queryKey: queryKeys.bureauCooperatives.list(params),
    queryFn: () =>
      api<{ cooperatives: BureauCooperative[] } & Page>(
        "/bureau/cooperatives",
        { query: params }
      ),
    placeholderData: keepPreviousData,
  })
}
