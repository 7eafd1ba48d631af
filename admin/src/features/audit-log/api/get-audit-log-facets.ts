import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { ActorType } from "./get-audit-log"

export type AuditLogFacets = {
  actions: string[]
  resource_types: string[]
  actors: { actor_type: ActorType; actor_id: string; name: string | null }[]
}

// What the filters offer: the actions, kinds of object and actors that
// occur in the reviewer's jurisdiction.
export function useAuditLogFacets() {
  return useQuery({
    queryKey: queryKeys.auditLog.facets(),
    queryFn: () => api<{ facets: AuditLogFacets }>("/bureau/audit-log/facets"),
    select: (data) => data.facets,
    staleTime: 60_000,
  })
}
