import { useQuery } from "@tanstack/react-query"
import type { ShippingStatus } from "@tianfu/domain"
import { orderAccess } from "@/lib/order-access"
import { queryKeys } from "@/lib/query-keys"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"

export type OrderParcel = {
  cooperative: { name: string; handle: string } | null
  shipping_status: ShippingStatus
  lines: {
    id: string
    title: string | null
    variant_title: string | null
    quantity: number
    shipped_quantity: number
    delivered_quantity: number
  }[]
  shipments: {
    id: string
    carrier: string | null
    tracking_number: string | null
    tracking_url: string | null
    shipped_at: string | null
    delivered_at: string | null
  }[]
}

export type OrderParcels = {
  order_id: string
  shipping_status: ShippingStatus
  parcels: OrderParcel[]
}

// The order by parcel (one per cooperative): status, carrier, waybill.
// Read as the order is: the owner's session, or a guest's access token.
export function useOrderParcels(orderId: string) {
  const { env } = useShop()
  return useQuery({
    queryKey: queryKeys.orders.parcels(orderId),
    queryFn: async () =>
      (await getBrowserSdk(env)).client.fetch<OrderParcels>(
        `/store/orders/${encodeURIComponent(orderId)}/shipments`,
        { headers: orderAccess.headers(orderId) }
      ),
  })
}
