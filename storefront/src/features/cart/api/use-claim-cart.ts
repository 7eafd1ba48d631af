import { useQueryClient } from "@tanstack/react-query"
import type { HttpTypes } from "@medusajs/types"
import { useEffect } from "react"
import { getBrowserSdk } from "../../../lib/sdk"
import { useShop } from "../../../lib/shop-context"
import { queryKeys } from "../../../lib/query-keys"
import { CART_FIELDS } from "./cart-fields"

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
    void getBrowserSdk(env)
      .then((sdk) => sdk.store.cart.transferCart(id, { fields: CART_FIELDS }))
      .then(({ cart: claimed }) =>
        queryClient.setQueryData(queryKeys.cart.detail(claimed.id), claimed)
      )
  }, [needsClaim, id, env, queryClient])
}
