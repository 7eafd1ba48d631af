import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { BureauHousehold, Page, Verification } from "./types"

export type HouseholdListParams = {
  verification?: Verification
  offset?: number
  limit?: number
}

// Households in the jurisdiction (masked), by registry number.
export function useBureauHouseholds(params: HouseholdListParams) {
  return useQuery({
    queryKey: queryKeys.bureauHouseholds.list(params),
    queryFn: () =>
      api<{ households: BureauHousehold[] } & Page>("/bureau/households", {
        query: params,
      }),
    placeholderData: keepPreviousData,
  })
}
