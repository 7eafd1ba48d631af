import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"

export type ActorType = "cooperative_user" | "bureau_user" | "user"

export type AuditEntry = {
  id: string
  actor_type: ActorType
  actor_id: string
  action: string
  resource_type: string
  resource_id: string
  cooperative_id: string | null
  county_code: string | null
  // What changed, masked when written (no ID numbers in clear).
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  created_at: string
  // Who and what, named by the server (households by registry number);
  // null when the object is gone or has no name.
  actor_name: string | null
  resource_name: string | null
  cooperative_name: string | null
}

export type AuditLogParams = {
  actor_type?: ActorType
  actor_id?: string
  action?: string
  resource_type?: string
  from?: string
  to?: string
  offset?: number
  limit?: number
}

// Every vendor and bureau write in the jurisdiction, newest first.
export function useAuditLog(params: AuditLogParams) {
  return useQuery({
    queryKey: queryKeys.auditLog.list(params),
    queryFn: () =>
      api<{
        audit_entries: AuditEntry[]
        count: number
        offset: number
        limit: number
      }>("/bureau/audit-log", { query: params }),
    placeholderData: keepPreviousData,
  })
}
