import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { Page, VendorOrder } from "./types"

// Orders holding the cooperative's products, newest first.
export function useOrders(params: { offset: number; limit: number }) {
  return useQuery({
    queryKey: queryKeys.orders.list(params),
    queryFn: () =>
      api<{ orders: VendorOrder[] } & Page>("/vendor/orders", {
        query: params,
      }),
    placeholderData: keepPreviousData,
  })
}
