import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import type { VendorRecipient } from "./types"

// The recipient of an order, read on purpose (a POST: audited, never
// cached); kept in the component that asked, not in the query cache.
export function useReadRecipient(orderId: string) {
  return useMutation({
    mutationFn: (purpose: VendorRecipient["purpose"]) =>
      api<{ recipient: VendorRecipient }>(
        `/vendor/orders/${encodeURIComponent(orderId)}/recipient`,
        { method: "POST", body: { purpose } }
      ).then((data) => data.recipient),
  })
}
