import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import { orderAccess } from "@/lib/order-access"
import { queryKeys } from "@/lib/query-keys"

export const ORDERS_PAGE = 10

export function useOrders(offset: number, enabled: boolean) {
  const { env } = useShop()
  return useQuery({
    queryKey: queryKeys.orders.list(offset),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      (await getBrowserSdk(env)).store.order.list({
        limit: ORDERS_PAGE,
        offset,
        order: "-created_at",
        fields:
          "id,display_id,created_at,total,currency_code,status,payment_status,*items,*items.detail",
      }),
  })
}

export function useOrder(id: string) {
  const { env } = useShop()
  return useQuery({
    queryKey: queryKeys.orders.detail(id),
    queryFn: async () =>
      (
        await (
          await getBrowserSdk(env)
        ).store.order.retrieve(
          id,
          {
            fields:
              "id,display_id,email,customer_id,created_at,total,subtotal,shipping_total,item_subtotal,currency_code,status,payment_status,*items,*shipping_address",
          },
          // A guest's key to its own order (kept at completion).
          orderAccess.headers(id)
        )
      ).order,
  })
}
