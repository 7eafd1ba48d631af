import { useQueryClient } from "@tanstack/react-query"
import type { HttpTypes } from "@medusajs/types"
import { useEffect } from "react"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import { queryKeys } from "@/lib/query-keys"

// A cart filled before signing in becomes the customer's, so the order
// (and its impact receipt) is theirs.
export function useClaimCart(
  cart: HttpTypes.StoreCart | null | undefined,
  customerId: string | undefined
) {
  const { env } = useShop()
  const queryClient = useQueryClient()
  const needsClaim = Boolean(
    cart && customerId && cart.customer_id !== customerId
  )
  const id = cart?.id
  useEffect(() => {
    if (!needsClaim || !id) return
    // Refetch rather than store the transfer's answer: the shopper may have
    // changed the cart (shipping) while the transfer was under way, and a
    // late answer would put the older cart back.
    void getBrowserSdk(env)
      .then((sdk) => sdk.store.cart.transferCart(id, { fields: "id" }))
      .then(() =>
        queryClient.invalidateQueries({ queryKey: queryKeys.cart.all })
      )
  }, [needsClaim, id, env, queryClient])
}
