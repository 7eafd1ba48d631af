import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { BureauCooperative } from "./types"

export type CooperativeDecision = "approve" | "suspend"

// Approve (reason optional) or suspend (reason required) a cooperative; the
// queue, its detail and the audit log all change.
export function useChangeCooperativeStatus() {
  return useMutation({
    mutationFn: ({
      id,
      decision,
      reason,
    }: {
      id: string
      decision: CooperativeDecision
      reason: string
    }) =>
      api<{ cooperative: BureauCooperative }>(
        `/bureau/cooperatives/${encodeURIComponent(id)}/${decision}`,
        {
          method: "POST",
          body:
            decision === "approve"
              ? { reason: reason.trim() || null }
              : { reason: reason.trim() },
        }
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: queryKeys.bureauCooperatives.all,
        }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all }),
      ]),
  })
}
