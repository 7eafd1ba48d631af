import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"

export type HouseholdChoice = {
  id: string
  registry_number: string
  // In full: the cooperative knows its own members (others see it masked).
  head_name: string
  village: string
}

const PARAMS = { offset: 0, limit: 500 }

// The cooperative's member households a contribution can name.
export function useHouseholdChoices() {
  return useQuery({
    queryKey: queryKeys.households.list(PARAMS),
    queryFn: () =>
      api<{ households: HouseholdChoice[] }>("/vendor/households", {
        query: PARAMS,
      }),
    select: (data) => data.households,
  })
}
