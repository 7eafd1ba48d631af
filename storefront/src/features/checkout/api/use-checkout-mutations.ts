import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../../../lib/query-keys"
import { getBrowserSdk } from "../../../lib/sdk"
import { useShop } from "../../../lib/shop-context"
import { toMedusaAddress, type AddressInput } from "../utils/address-schema"

export function useSaveAddress(cartId: string) {
  const { env } = useShop()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: AddressInput) => {
      const address = toMedusaAddress(input)
      const { cart } = await (
        await getBrowserSdk(env)
      ).store.cart.update(cartId, {
        email: input.email,
        shipping_address: address,
        billing_address: address,
      })
      return cart
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.cart.all }),
  })
}

export function useChooseShipping(cartId: string) {
  const { env } = useShop()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (optionId: string) =>
      (
        await (
          await getBrowserSdk(env)
        ).store.cart.addShippingMethod(cartId, {
          option_id: optionId,
        })
      ).cart,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.cart.all }),
  })
}

type Completion =
  | { type: "order"; order: HttpTypes.StoreOrder }
  | { type: "cart"; cart: HttpTypes.StoreCart; error: { message: string } }

// Opens a payment session with the chosen provider, then completes the
// cart. The backend allocates traced stock and places the order in one
// workflow; a refusal (stock gone, payment declined) comes back as words.
export function usePlaceOrder(cart: HttpTypes.StoreCart) {
  const { env } = useShop()
  return useMutation({
    mutationFn: async (providerId: string) => {
      const sdk = await getBrowserSdk(env)
      await sdk.store.payment.initiatePaymentSession(cart, {
        provider_id: providerId,
      })
      const result = (await sdk.store.cart.complete(cart.id)) as Completion
      if (result.type !== "order") {
        throw Object.assign(new Error(result.error.message), { status: 400 })
      }
      return result.order
    },
  })
}
