import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { AppendTraceEventBody } from "./types"

// Appends an EPCIS-style event (packed, shipped…) to a batch's timeline.
export function useAppendTraceEvent(batchId: string) {
  return useMutation({
    mutationFn: (body: AppendTraceEventBody) =>
      api(`/vendor/batches/${batchId}/trace-events`, { method: "POST", body }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.batches.detail(batchId),
      }),
  })
}
