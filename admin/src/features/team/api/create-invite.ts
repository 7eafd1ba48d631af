import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { PendingInvite } from "./types"

// Owner only (a member gets a 403). The token is in this answer only.
export function useCreateInvite() {
  return useMutation({
    mutationFn: (email: string) =>
      api<{ invite: PendingInvite; token: string }>("/vendor/invites", {
        method: "POST",
        body: { email },
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.team.all }),
  })
}
