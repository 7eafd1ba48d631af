import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { HouseholdStreams } from "./types"

// Every stream of a household's income and aid by year, with its shock
// events, flags and cases.
export function useHouseholdStreams(householdId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.oversight.streams(householdId ?? ""),
    enabled: !!householdId,
    queryFn: () =>
      api<HouseholdStreams>(
        `/bureau/households/${encodeURIComponent(householdId!)}/streams`
      ),
  })
}
