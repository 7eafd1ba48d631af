import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"

export type VoidResult = {
  void: { id: string; withdrawn_stock: number; withdrawn_obligations: number }
}

// Voids a batch recorded in error (refused once any of it was sold or a
// member was paid for it): its stock and members' purchase obligations are
// withdrawn.
export function useVoidBatch(batchId: string) {
  return useMutation({
    mutationFn: (reason: string) =>
      api<VoidResult>(`/vendor/batches/${batchId}/void`, {
        method: "POST",
        body: { reason },
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.batches.all }),
  })
}
