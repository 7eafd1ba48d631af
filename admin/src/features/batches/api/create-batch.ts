import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { BatchListItem, CreateBatchBody } from "./types"

// Records a batch; it raises its variant's stock, so products change too.
export function useCreateBatch() {
  return useMutation({
    mutationFn: (body: CreateBatchBody) =>
      api<{ batch: BatchListItem }>("/vendor/batches", {
        method: "POST",
        body,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.batches.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.products.all }),
      ]),
  })
}
