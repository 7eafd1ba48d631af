import { useMutation } from "@tanstack/react-query"
import type { IdentityRevealPurpose } from "@tianfu/domain"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"

export type RevealedIdentity = {
  household_id: string
  head_name: string
  id_number: string
  phone: string | null
  purpose: IdentityRevealPurpose
  audit_entry_id: string
  revealed_at: string
}

// A household's identity in clear, for a stated purpose. A mutation, never
// a query: nothing of it enters the query cache, and the caller drops it
// (`reset`) when the reviewer hides it. The reveal is in the audit log.
export function useRevealHouseholdIdentity() {
  return useMutation({
    gcTime: 0,
    mutationFn: ({
      id,
      purpose,
      note,
    }: {
      id: string
      purpose: IdentityRevealPurpose
      note: string
    }) =>
      api<{ identity: RevealedIdentity }>(
        `/bureau/households/${encodeURIComponent(id)}/reveal`,
        { method: "POST", body: { purpose, note: note.trim() || null } }
      ).then((data) => data.identity),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all }),
  })
}
