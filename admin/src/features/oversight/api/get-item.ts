import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { CaseDetail, FlagDetail } from "./types"

// One flag with its evidence (the aid records the rule found) and comments.
export function useFlag(id: string | null) {
  return useQuery({
    queryKey: queryKeys.oversight.item("flag", id ?? ""),
    enabled: !!id,
    queryFn: () =>
      api<{ flag: FlagDetail }>(
        `/bureau/oversight/flags/${encodeURIComponent(id!)}`
      ),
    select: (data) => data.flag,
  })
}

// One case with its triggers, shock events and comments.
export function useCase(id: string | null) {
  return useQuery({
    queryKey: queryKeys.oversight.item("case", id ?? ""),
    enabled: !!id,
    queryFn: () =>
      api<{ case: CaseDetail }>(
        `/bureau/oversight/cases/${encodeURIComponent(id!)}`
      ),
    select: (data) => data.case,
  })
}
