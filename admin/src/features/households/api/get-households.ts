import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { Household, HouseholdStatus, Page } from "./types"

export type HouseholdListParams = {
  status?: HouseholdStatus
  offset: number
  limit: number
}

// The cooperative's member households, by registry number.
export function useHouseholds(params: HouseholdListParams) {
  return useQuery({
    queryKey: queryKeys.households.list(params),
    queryFn: () =>
      api<{ households: Household[] } & Page>("/vendor/households", {
        query: params,
      }),
    placeholderData: keepPreviousData,
  })
}
