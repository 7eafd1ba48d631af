import { useQuery } from "@tanstack/react-query"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import { queryKeys } from "@/lib/query-keys"

export function useShippingOptions(cartId: string, enabled: boolean) {
  const { env } = useShop()
  return useQuery({
    queryKey: queryKeys.shippingOptions(cartId),
    enabled,
    queryFn: async () =>
      (
        await (
          await getBrowserSdk(env)
        ).store.fulfillment.listCartOptions({
          cart_id: cartId,
        })
      ).shipping_options,
  })
}

// What the backend offers in the region: the manual provider always,
// Stripe when it is configured.
export function usePaymentProviders(regionId: string) {
  const { env } = useShop()
  return useQuery({
    queryKey: queryKeys.paymentProviders(regionId),
    queryFn: async () =>
      (
        await (
          await getBrowserSdk(env)
        ).store.payment.listPaymentProviders({
          region_id: regionId,
        })
      ).payment_providers,
  })
}
