import { useQueryClient } from "@tanstack/react-query"
import { useCallback } from "react"
import { cartId } from "../utils/cart-id"
import { queryKeys } from "@/lib/query-keys"
import { notifyCartIdChanged } from "./use-cart"

// After the cart became an order: the next "add" opens a new one.
export function useForgetCart() {
  const queryClient = useQueryClient()
  return useCallback(() => {
    cartId.clear()
    queryClient.removeQueries({ queryKey: queryKeys.cart.all })
    notifyCartIdChanged()
  }, [queryClient])
}
