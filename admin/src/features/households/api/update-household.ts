import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { Household } from "./types"

// The fields a cooperative may correct (VendorUpdateHousehold); registry
// number, county, ID number and status belong to the registry and the bureau.
export type HouseholdUpdate = {
  township?: string
  village?: string
  head_name?: string
  phone?: string | null
  member_count?: number
  poverty_cause?: string | null
}

export function useUpdateHousehold(id: string) {
  return useMutation({
    mutationFn: (update: HouseholdUpdate) =>
      api<{ household: Household }>(
        `/vendor/households/${encodeURIComponent(id)}`,
        { method: "POST", body: update }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.households.all }),
  })
}
