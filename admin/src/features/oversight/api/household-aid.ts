import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api, type Page } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { HouseholdAidRecord } from "./types"

export type HouseholdAidParams = { year: string; offset: number; limit: number }

// A household's aid records, newest first, one year's or all: what its
// timeline's aid figures are made of.
export function useHouseholdAid(
  householdId: string,
  params: HouseholdAidParams
) {
  return useQuery({
    queryKey: queryKeys.oversight.householdAid(householdId, params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ aid_records: HouseholdAidRecord[] } & Page>(
        `/bureau/households/${encodeURIComponent(householdId)}/aid`,
        { query: params }
      ),
  })
}
