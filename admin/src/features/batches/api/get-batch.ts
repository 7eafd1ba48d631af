import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { BatchDetail } from "./types"

// One batch with its contributions (households masked) and trace timeline.
export function useBatch(id: string) {
  return useQuery({
    queryKey: queryKeys.batches.detail(id),
    queryFn: () => api<{ batch: BatchDetail }>(`/vendor/batches/${id}`),
    select: (data) => data.batch,
  })
}
