import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { Household } from "./types"

export type HouseholdRegistration = {
  registry_number: string
  county_code: string
  township: string
  village: string
  head_name: string
  id_number: string
  phone?: string | null
  member_count: number
  poverty_cause?: string | null
}

// Registers a card-filed household as a member; the ID number goes to the
// server once and comes back masked.
export function useCreateHousehold() {
  return useMutation({
    mutationFn: (household: HouseholdRegistration) =>
      api<{ household: Household }>("/vendor/households", {
        method: "POST",
        body: household,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.households.all }),
  })
}
