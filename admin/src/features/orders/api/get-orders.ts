import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { ShippingStatus, VendorOrderPage } from "./types"

// Orders holding the cooperative's products, newest first, optionally of
// one shipping status (of its own lines).
export function useOrders(params: {
  offset: number
  limit: number
  shipping_status?: ShippingStatus
}) {
  return useQuery({
    queryKey: queryKeys.orders.list(params),
    queryFn: () => api<VendorOrderPage>("/vendor/orders", { query: params }),
    placeholderData: keepPreviousData,
  })
}

// How many orders wait for the cooperative to ship: the navigation's
// badge, refreshed every minute so a new order shows without a reload.
export function useOrdersToShip(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.orders.list({ badge: true }),
    queryFn: () =>
      api<VendorOrderPage>("/vendor/orders", {
        query: { limit: 1, shipping_status: "awaiting_shipment" },
      }),
    select: (page) => page.status_counts.awaiting_shipment,
    refetchInterval: 60_000,
    enabled,
  })
}
