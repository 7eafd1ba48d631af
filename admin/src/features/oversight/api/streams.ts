import { useMutation, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { HouseholdStreams, ShockKind } from "./types"

// Every stream of a household's income and aid by year, with its shock
// events, flags and cases.
export function useHouseholdStreams(householdId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.oversight.streams(householdId ?? ""),
    enabled: !!householdId,
    queryFn: () =>
      api<HouseholdStreams>(
        `/bureau/households/${encodeURIComponent(householdId!)}/streams`
      ),
  })
}

export type ShockEventInput = {
  kind: ShockKind
  occurred_on: string
  description: string
}

// Records illness, disability, disaster or an accident: a sudden-hardship
// case opens (or the household's open one takes the event).
export function useRecordShockEvent(householdId: string) {
  return useMutation({
    mutationFn: ({ kind, occurred_on, description }: ShockEventInput) =>
      api<{
        shock_event: { id: string; case_id: string }
        case_opened: boolean
      }>(`/bureau/households/${encodeURIComponent(householdId)}/shock-events`, {
        method: "POST",
        body: {
          kind,
          occurred_on,
          ...(description.trim() ? { description: description.trim() } : {}),
        },
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({
          queryKey: queryKeys.oversight.streams(householdId),
        }),
        queryClient.invalidateQueries({
          queryKey: [...queryKeys.oversight.all, "queue"],
        }),
        queryClient.invalidateQueries({
          queryKey: [...queryKeys.oversight.all, "summary"],
        }),
      ]),
  })
}
