import { useMutation, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"

export type VendorJoinRequest = {
  id: string
  registry_number: string
  initiated_by: "cooperative" | "bureau"
  // The household's county, on a reviewer's proposal.
  county_code: string | null
  // The reviewer's reason for proposing it.
  request_note: string | null
  status: "pending" | "approved" | "rejected"
  decision_note: string | null
  created_at: string
}

const KEY = [...queryKeys.households.all, "join-requests"] as const

// The cooperative's join requests and the reviewers' proposals to it,
// newest first.
export function useVendorJoinRequests() {
  const query = { limit: 50, offset: 0 }
  return useQuery({
    queryKey: [...KEY, query],
    queryFn: () =>
      api<{ join_requests: VendorJoinRequest[]; count: number }>(
        "/vendor/households/join-requests",
        { query }
      ),
    select: (data) => data.join_requests,
  })
}

// Accepts a reviewer's proposal (the household becomes a member) or
// declines it with a reason.
export function useAnswerProposal() {
  return useMutation({
    mutationFn: ({
      id,
      answer,
      note,
    }: {
      id: string
      answer: "accept" | "decline"
      note: string
    }) =>
      api<{ join_request: VendorJoinRequest }>(
        `/vendor/households/join-requests/${encodeURIComponent(id)}/${answer}`,
        { method: "POST", body: { note: note.trim() || null } }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.households.all }),
  })
}
