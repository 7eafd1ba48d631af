import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { Agreement } from "@/features/linkage/api/linkage"

export type PayoutDispute = {
  id: string
  outcome: "not_received" | "wrong_amount"
  responder: "household" | "first_secretary"
  note: string | null
  county_code: string
  answered_at: string
  payout: {
    id: string
    agreement_id: string
    kind: "purchase" | "wage" | "dividend" | "land_rent"
    amount: number
    paid_on: string
    method: string
    reference: string
    evidence_document_id: string | null
  } | null
  // The terms the payment was made under, and the batches it paid for.
  agreement: Agreement | null
  batches: {
    id: string
    trace_code: string | null
    harvested_at: string | null
  }[]
  cooperative: { id: string; name: string | null } | null
  household: {
    id: string
    registry_number: string
    village: string
    head_name: string
  } | null
  resolution: {
    resolution: "upheld" | "rejected"
    reason: string
    resolved_at: string
  } | null
}

export type DisputeStatus = "open" | "resolved"

// Payouts households of the jurisdiction disputed on their slips.
export function usePayoutDisputes(params: {
  status: DisputeStatus
  offset: number
  limit: number
}) {
  return useQuery({
    queryKey: queryKeys.payoutDisputes.list(params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ disputes: PayoutDispute[]; count: number }>(
        "/bureau/payout-disputes",
        { query: params }
      ),
  })
}

// upheld: the household is right; rejected: the payout stands. A reason
// is required either way; the decision is audited.
export function useResolveDispute() {
  return useMutation({
    mutationFn: ({
      id,
      resolution,
      reason,
    }: {
      id: string
      resolution: "upheld" | "rejected"
      reason: string
    }) =>
      api(`/bureau/payout-disputes/${encodeURIComponent(id)}/resolve`, {
        method: "POST",
        body: { resolution, reason: reason.trim() },
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: queryKeys.payoutDisputes.all,
        }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reports.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditLog.all }),
      ]),
  })
}
