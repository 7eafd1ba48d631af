import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "@/lib/query-keys"
import type { PublicEnv } from "@/lib/env"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import { toMedusaAddress, type AddressInput } from "../utils/address-schema"
import { STRIPE_PROVIDER_ID } from "../utils/providers"
import { orderAccess } from "@/lib/order-access"

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
  | {
      type: "order"
      order: HttpTypes.StoreOrder
      order_access_token?: string
    }
  | { type: "cart"; cart: HttpTypes.StoreCart; error: { message: string } }

// Completes the cart: the backend allocates traced stock and places the
// order in one workflow; a refusal (stock gone, payment declined) comes
// back as words.
async function completeCart(env: PublicEnv, cartId: string) {
  const sdk = await getBrowserSdk(env)
  const result = (await sdk.store.cart.complete(cartId)) as Completion
  if (result.type !== "order") {
    throw Object.assign(new Error(result.error.message), { status: 400 })
  }
  if (result.order_access_token) {
    orderAccess.set(result.order.id, result.order_access_token)
  }
  return result.order
}

// Opens a payment session with the chosen provider and returns it (for
// Stripe, its data holds the PaymentIntent's client secret).
async function startPayment(
  env: PublicEnv,
  cart: HttpTypes.StoreCart,
  providerId: string
) {
  const sdk = await getBrowserSdk(env)
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(
    cart,
    { provider_id: providerId }
  )
  return payment_collection.payment_sessions?.find(
    (session) => session.provider_id === providerId
  )
}

// A provider that needs no form of its own (the manual one): open the
// session, then complete.
export function usePlaceOrder(cart: HttpTypes.StoreCart) {
  const { env } = useShop()
  return useMutation({
    mutationFn: async (providerId: string) => {
      await startPayment(env, cart, providerId)
      return completeCart(env, cart.id)
    },
  })
}

// Stripe: open the session and hand its client secret to the Payment
// Element, which confirms the payment in the browser.
export function useStartStripePayment(cart: HttpTypes.StoreCart) {
  const { env } = useShop()
  return useMutation({
    mutationFn: async () => {
      const session = await startPayment(env, cart, STRIPE_PROVIDER_ID)
      const secret = session?.data?.client_secret
      if (typeof secret !== "string") {
        throw Object.assign(new Error("Stripe did not return a payment"), {
          status: 502,
        })
      }
      return secret
    },
  })
}

// After Stripe confirmed the payment (in place, or back from Alipay or
// WeChat Pay): place the order.
export function useCompleteCart() {
  const { env } = useShop()
  return useMutation({
    mutationFn: (cartId: string) => completeCart(env, cartId),
  })
}
