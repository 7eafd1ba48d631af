import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { CountyGrant } from "./types"

const refresh = () =>
  Promise.all([
    queryClient.invalidateQueries({
      queryKey: queryKeys.bureauCooperatives.all,
    }),
    queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all }),
  ])

// Let a cooperative register and join households in one more county of the
// reviewer's jurisdiction, or end that again (both need a reason).
export function useGrantCounty(cooperativeId: string) {
  return useMutation({
    mutationFn: (body: { county_code: string; reason: string }) =>
      api<{ county_grant: CountyGrant }>(
        `/bureau/cooperatives/${encodeURIComponent(cooperativeId)}/counties`,
        { method: "POST", body }
      ),
    onSuccess: refresh,
  })
}

export function useRevokeCounty(cooperativeId: string) {
  return useMutation({
    mutationFn: ({
      county_code,
      reason,
    }: {
      county_code: string
      reason: string
    }) =>
      api<{ county_grant: CountyGrant }>(
        `/bureau/cooperatives/${encodeURIComponent(cooperativeId)}/counties/${encodeURIComponent(county_code)}/revoke`,
        { method: "POST", body: { reason } }
      ),
    onSuccess: refresh,
  })
}
