import type { HttpTypes } from "@medusajs/types"
import { useQuery } from "@tanstack/react-query"
import { useSyncExternalStore } from "react"
import { getBrowserSdk, httpStatus } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import { cartId } from "../utils/cart-id"
import { queryKeys } from "@/lib/query-keys"
import { CART_FIELDS } from "./cart-fields"

const listeners = new Set<() => void>()
export function notifyCartIdChanged() {
  for (const listener of listeners) listener()
}
function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener("storage", listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener("storage", listener)
  }
}

// The id is read after hydration (the server has no cart), so the server
// and the first client render agree.
export function useCartId() {
  return useSyncExternalStore(subscribe, cartId.get, () => null)
}

export function useCart() {
  const { env } = useShop()
  const id = useCartId()
  return useQuery({
    queryKey: queryKeys.cart.detail(id),
    enabled: Boolean(id),
    queryFn: async (): Promise<HttpTypes.StoreCart | null> => {
      try {
        const { cart } = await (
          await getBrowserSdk(env)
        ).store.cart.retrieve(id!, {
          fields: CART_FIELDS,
        })
        return cart
      } catch (error) {
        // A cart that became an order or was removed: start afresh.
        if (httpStatus(error) === 404) {
          cartId.clear()
          notifyCartIdChanged()
          return null
        }
        throw error
      }
    },
  })
}
