import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import type { ImportResource } from "@/components/use-file-import"
import { api, type Page } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"

export type RegistryImport = {
  id: string
  filename: string
  jurisdiction_code: string
  status: "waiting" | "running" | "completed" | "failed"
  rows_read: number
  rows_created: number
  rows_updated: number
  rows_unchanged: number
  rows_failed: number
  rows_missing: number
  failure: string | null
  started_at: string | null
  finished_at: string | null
  created_at: string
}

export function useRegistryImports(params: { offset: number; limit: number }) {
  return useQuery({
    queryKey: queryKeys.registry.imports(params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ imports: RegistryImport[] } & Page>("/bureau/registry/imports", {
        query: params,
      }),
  })
}

// The registry's imports (FileImportPanel).
export const REGISTRY_IMPORTS: ImportResource = {
  path: "/bureau/registry/imports",
  key: { import: queryKeys.registry.import, errors: queryKeys.registry.errors },
  changes: queryKeys.registry.all,
}

export type MissingHousehold = {
  household_id: string
  registry_number: string
  county_code: string
  township: string
  village: string
  head_name: string
  member_count: number
  status: string
  missing_since: string
}

// Households a later registry file no longer listed, for a decision.
export function useMissingHouseholds(params: {
  offset: number
  limit: number
}) {
  return useQuery({
    queryKey: queryKeys.registry.missing(params),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api<{ households: MissingHousehold[] } & Page>(
        "/bureau/registry/missing",
        { query: params }
      ),
  })
}

export function useConfirmMissing() {
  return useMutation({
    mutationFn: ({
      id,
      decision,
      reason,
    }: {
      id: string
      decision: "removed" | "kept"
      reason: string
    }) =>
      api(`/bureau/registry/missing/${encodeURIComponent(id)}/confirm`, {
        method: "POST",
        body: { decision, reason },
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.registry.all }),
  })
}

export type AssignableCooperative = {
  id: string
  name: string
  county_code: string
}

// The approved cooperatives of the reviewer's jurisdiction, to assign a
// household to (the backend checks it operates in the household's county).
export function useApprovedCooperatives(enabled: boolean) {
  const query = { status: "approved", limit: 100, offset: 0 }
  return useQuery({
    queryKey: [...queryKeys.registry.all, "cooperatives", query],
    queryFn: () =>
      api<{ cooperatives: AssignableCooperative[] }>("/bureau/cooperatives", {
        query,
      }),
    select: (data) => data.cooperatives,
    enabled,
  })
}

// Proposes the household to the cooperative: a member request it accepts
// or declines.
export function useAssignHousehold() {
  return useMutation({
    mutationFn: ({
      id,
      cooperative_id,
      note,
    }: {
      id: string
      cooperative_id: string
      note: string
    }) =>
      api(`/bureau/households/${encodeURIComponent(id)}/assign`, {
        method: "POST",
        body: { cooperative_id, note: note.trim() || null },
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.registry.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.reports.all }),
        queryClient.invalidateQueries({
          queryKey: queryKeys.bureauJoinRequests.all,
        }),
      ]),
  })
}
