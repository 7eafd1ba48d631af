import { useMutation, useQueryClient } from "@tanstack/react-query"
import { orderAccess } from "@/lib/order-access"
import { queryKeys } from "@/lib/query-keys"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"

// "Find my orders placed as a guest": a link to add each to the account
// goes to the account's e-mail address. The answer never says how many.
export function useClaimGuestOrders() {
  const { env } = useShop()
  return useMutation({
    mutationFn: async () =>
      (await getBrowserSdk(env)).client.fetch<{
        claim: { sent_to: string | null }
      }>("/store/order-claims", { method: "POST", body: {} }),
  })
}

// Add this guest order, placed in this browser, to the signed-in account:
// the confirmation link goes to the order's e-mail address.
export function useClaimOrder(orderId: string) {
  const { env } = useShop()
  return useMutation({
    mutationFn: async () =>
      (await getBrowserSdk(env)).client.fetch<{
        transfer: { order_id: string; sent_to: string }
      }>(`/store/orders/${encodeURIComponent(orderId)}/transfer/request`, {
        method: "POST",
        body: {},
        headers: orderAccess.headers(orderId),
      }),
  })
}

// Confirm with the e-mailed token: the order becomes the account's.
export function useAcceptClaim(orderId: string) {
  const { env } = useShop()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (token: string) =>
      (await getBrowserSdk(env)).client.fetch<{ order: { id: string } }>(
        `/store/orders/${encodeURIComponent(orderId)}/transfer/accept`,
        { method: "POST", body: { token }, query: { fields: "id" } }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.orders.all }),
  })
}
