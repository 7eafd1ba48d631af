import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { Reconciliation } from "./types"

// The latest ledger-against-payments check, limited to the jurisdiction.
export function useReconciliation() {
  return useQuery({
    queryKey: queryKeys.reports.report("reconciliation", {}),
    queryFn: () => api<Reconciliation>("/bureau/reconciliation"),
  })
}
