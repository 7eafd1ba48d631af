import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import { cartId } from "../utils/cart-id"
import { queryKeys } from "@/lib/query-keys"
import { CART_FIELDS } from "./cart-fields"
import { notifyCartIdChanged } from "./use-cart"

// Adds a variant, opening a cart in the shop's region on first use.
export function useAddToCart() {
  const { env, region } = useShop()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: { variantId: string; quantity: number }) => {
      const sdk = await getBrowserSdk(env)
      let id = cartId.get()
      if (!id) {
        const { cart } = await sdk.store.cart.create(
          region ? { region_id: region.id } : {},
          { fields: "id" }
        )
        id = cart.id
        cartId.set(id)
      }
      const { cart } = await sdk.store.cart.createLineItem(
        id,
        { variant_id: input.variantId, quantity: input.quantity },
        { fields: CART_FIELDS }
      )
      return cart
    },
    onSuccess: (cart) => {
      queryClient.setQueryData(queryKeys.cart.detail(cart.id), cart)
      notifyCartIdChanged()
    },
  })
}
