import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import { queryKeys } from "@/lib/query-keys"
import { CART_FIELDS } from "./cart-fields"

// Quantity 0 removes the line.
export function useChangeLineItem(cartIdValue: string) {
  const { env } = useShop()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: { lineId: string; quantity: number }) => {
      const sdk = await getBrowserSdk(env)
      if (input.quantity <= 0) {
        await sdk.store.cart.deleteLineItem(cartIdValue, input.lineId)
        const { cart } = await sdk.store.cart.retrieve(cartIdValue, {
          fields: CART_FIELDS,
        })
        return cart
      }
      const { cart } = await sdk.store.cart.updateLineItem(
        cartIdValue,
        input.lineId,
        { quantity: input.quantity },
        { fields: CART_FIELDS }
      )
      return cart
    },
    onSuccess: (cart) =>
      queryClient.setQueryData(queryKeys.cart.detail(cart.id), cart),
  })
}
