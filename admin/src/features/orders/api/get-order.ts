import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { VendorOrder } from "./types"

export function useOrder(id: string) {
  return useQuery({
    queryKey: queryKeys.orders.detail(id),
    queryFn: () =>
      api<{ order: VendorOrder }>(`/vendor/orders/${encodeURIComponent(id)}`),
    select: (data) => data.order,
  })
}
