import { useMutation } from "@tanstack/react-query"
import type { CarrierCode } from "@tianfu/domain"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { VendorOrder } from "./types"

export type ShipInput = { carrier: CarrierCode; tracking_number?: string }

function refresh(orderId: string) {
  return (data: { order: VendorOrder }) => {
    queryClient.setQueryData(queryKeys.orders.detail(orderId), data)
    return queryClient.invalidateQueries({ queryKey: queryKeys.orders.all })
  }
}

// Ships every unshipped unit of the cooperative's own lines (the API's
// default when no items are named) with a carrier and waybill.
export function useCreateFulfillment(orderId: string) {
  return useMutation({
    mutationFn: (input: ShipInput) =>
      api<{ order: VendorOrder }>(
        `/vendor/orders/${encodeURIComponent(orderId)}/fulfillments`,
        { method: "POST", body: input }
      ),
    onSuccess: refresh(orderId),
  })
}

// Marks one of the cooperative's parcels delivered.
export function useMarkDelivered(orderId: string) {
  return useMutation({
    mutationFn: (fulfillmentId: string) =>
      api<{ order: VendorOrder }>(
        `/vendor/orders/${encodeURIComponent(orderId)}/fulfillments/${encodeURIComponent(fulfillmentId)}/deliver`,
        { method: "POST", body: {} }
      ),
    onSuccess: refresh(orderId),
  })
}
