import { useQuery } from "@tanstack/react-query"
import { getBrowserSdk } from "../../../lib/sdk"
import { useShop } from "../../../lib/shop-context"
import type { OrderImpact } from "../types"

export const impactKeys = {
  order: (id: string) => ["impact", id] as const,
}

// The receipt is the owner's only: it needs a signed-in customer.
export function useOrderImpact(orderId: string, enabled: boolean) {
  const { env } = useShop()
  return useQuery({
    queryKey: impactKeys.order(orderId),
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
