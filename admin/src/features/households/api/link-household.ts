import { useMutation } from "@tanstack/react-query"
import { api } from "../../../lib/api-client"
import { queryClient } from "../../../lib/query-client"
import { queryKeys } from "../../../lib/query-keys"
import type { Household } from "./types"

// Adds a household another cooperative registered, proven by its registry
// number and the head's ID number.
export function useLinkHousehold() {
  return useMutation({
    mutationFn: (proof: { registry_number: string; id_number: string }) =>
      api<{ household: Household }>("/vendor/households/link", {
        method: "POST",
        body: proof,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.households.all }),
  })
}
