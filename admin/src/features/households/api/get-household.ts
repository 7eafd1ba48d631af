import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { Household } from "./types"

export function useHousehold(id: string) {
  return useQuery({
    queryKey: queryKeys.households.detail(id),
    queryFn: () =>
      api<{ household: Household }>(
        `/vendor/households/${encodeURIComponent(id)}`
      ),
    select: (data) => data.household,
  })
}
