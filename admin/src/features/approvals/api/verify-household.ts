import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { BureauHousehold } from "./types"

export type VerificationDecision = "verified" | "rejected"

// Verify or reject a household's registration, with an optional note.
export function useVerifyHousehold() {
  return useMutation({
    mutationFn: ({
      id,
      decision,
      note,
    }: {
      id: string
      decision: VerificationDecision
      note: string
    }) =>
      api<{ household: BureauHousehold }>(
        `/bureau/households/${encodeURIComponent(id)}/verify`,
        { method: "POST", body: { decision, note: note.trim() || null } }
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: queryKeys.bureauHouseholds.all,
        }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all }),
      ]),
  })
}
