import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"

export type JoinRequest = {
  id: string
  registry_number: string
  status: "pending" | "approved" | "rejected"
}

// Asks to join a household another cooperative registered, proven by its
// registry number and the head's ID number; the county's reviewer decides,
// so nothing changes in the member list yet.
export function useLinkHousehold() {
  return useMutation({
    mutationFn: (proof: { registry_number: string; id_number: string }) =>
      api<{ join_request: JoinRequest }>("/vendor/households/link", {
        method: "POST",
        body: proof,
      }),
  })
}
