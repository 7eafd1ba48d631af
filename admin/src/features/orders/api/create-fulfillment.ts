import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { VendorOrder } from "./types"

// Ships every unfulfilled unit of the cooperative's own lines (the API's
// default when no items are named).
export function useCreateFulfillment(orderId: string) {
  return useMutation({
    mutationFn: () =>
      api<{ order: VendorOrder }>(
        `/vendor/orders/${encodeURIComponent(orderId)}/fulfillments`,
        { method: "POST", body: {} }
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.orders.detail(orderId), data)
      return queryClient.invalidateQueries({ queryKey: queryKeys.orders.all })
    },
  })
}
