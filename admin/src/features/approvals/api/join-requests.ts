import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"

export type BureauJoinRequest = {
  id: string
  status: "pending" | "approved" | "rejected"
  registry_number: string
  county_code: string
  matched: boolean
  cooperative: { id: string; name: string; county_code: string } | null
  household: {
    id: string
    registry_number: string
    village: string
    head_name: string
  } | null
  created_at: string
}

// Cooperatives' requests to join households, in the reviewer's jurisdiction.
export function useJoinRequests(params: { offset: number; limit: number }) {
  const query = { status: "pending", ...params }
  return useQuery({
    queryKey: queryKeys.bureauJoinRequests.list(query),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ join_requests: BureauJoinRequest[]; count: number }>(
        "/bureau/household-join-requests",
        { query }
      ),
  })
}

export type JoinDecision = "approve" | "reject"

// Approves (the household becomes the cooperative's member) or rejects,
// with a note (a reason, for a rejection).
export function useDecideJoinRequest() {
  return useMutation({
    mutationFn: ({
      id,
      decision,
      note,
    }: {
      id: string
      decision: JoinDecision
      note: string
    }) =>
      api<{ join_request: BureauJoinRequest }>(
        `/bureau/household-join-requests/${encodeURIComponent(id)}/${decision}`,
        { method: "POST", body: { note: note.trim() || null } }
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: queryKeys.bureauJoinRequests.all,
        }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all }),
      ]),
  })
}
