import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { BatchRow, ReportPage } from "./types"

// Money per batch since the start (the view has no period).
export function useBatchAttribution() {
  const params = { view: "batch", limit: 500 }
  return useQuery({
    queryKey: queryKeys.vendorAttribution.view(params),
    queryFn: () =>
      api<{ batches: BatchRow[] } & ReportPage>("/vendor/attribution", {
        query: params,
      }),
  })
}
