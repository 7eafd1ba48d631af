import { useQuery } from "@tanstack/react-query"
import { queryKeys } from "@/lib/query-keys"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import type { OrderImpact } from "../types"

// The receipt is the owner's only: it needs a signed-in customer.
export function useOrderImpact(orderId: string, enabled: boolean) {
  const { env } = useShop()
  return useQuery({
    queryKey: queryKeys.impact(orderId),
    enabled,
    queryFn: async () =>
      (
        await (
          await getBrowserSdk(env)
        ).client.fetch<{ impact: OrderImpact }>(
          `/store/orders/${encodeURIComponent(orderId)}/impact`
        )
      ).impact,
  })
}
