import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { Page, PendingInvite } from "./types"

// Invitations not yet accepted, newest first.
export function usePendingInvites() {
  const params = { limit: 100, offset: 0 }
  return useQuery({
    queryKey: queryKeys.team.invites(params),
    queryFn: () =>
      api<{ invites: PendingInvite[] } & Page>("/vendor/invites", {
        query: params,
      }),
  })
}
