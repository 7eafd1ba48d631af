import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { ShockKind } from "./types"

// Who tells of the event: a reviewer, for a household of their
// jurisdiction, or a cooperative, for one of its member households (any
// other household is a 404 to either).
export type ShockReporter = "bureau" | "cooperative"

const ACTOR_PATH = { bureau: "/bureau", cooperative: "/vendor" }

export type ShockEventInput = {
  kind: ShockKind
  occurred_on: string
  description: string
}

// A reviewer is told the case the event opened or joined; a cooperative
// is told only that it was recorded (it sees no case).
type Recorded = {
  shock_event: { id: string; case_id?: string }
  case_opened?: boolean
}

// Records illness, disability, disaster or an accident: a sudden-hardship
// case opens at once (or the household's open one takes the event).
export function useRecordShockEvent(
  householdId: string,
  reporter: ShockReporter
) {
  return useMutation({
    mutationFn: ({ kind, occurred_on, description }: ShockEventInput) =>
      api<Recorded>(
        `${ACTOR_PATH[reporter]}/households/${encodeURIComponent(householdId)}/shock-events`,
        {
          method: "POST",
          body: {
            kind,
            occurred_on,
            ...(description.trim() ? { description: description.trim() } : {}),
          },
        }
      ),
    // A reviewer's household page and queues show the event and its case.
    onSuccess: async () => {
      if (reporter !== "bureau") return
      await Promise.all(
        [
          queryKeys.oversight.streams(householdId),
          [...queryKeys.oversight.all, "queue"],
          [...queryKeys.oversight.all, "summary"],
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey }))
      )
    },
  })
}
