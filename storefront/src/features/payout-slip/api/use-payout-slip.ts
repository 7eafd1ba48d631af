import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "@/lib/query-keys"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import type { PayoutSlip, SlipOutcome, SlipResponder } from "../types"

const path = (token: string) =>
  `/store/payout-slips/${encodeURIComponent(token)}`

// Read from the phone itself, not the shop's server: the backend throttles
// slip requests per address, and the server's address is everyone's.
export function usePayoutSlip(token: string) {
  const { env } = useShop()
  return useQuery({
    queryKey: queryKeys.payoutSlip(token),
    retry: false,
    queryFn: async () =>
      (
        await (
          await getBrowserSdk(env)
        ).client.fetch<{ slip: PayoutSlip }>(path(token))
      ).slip,
  })
}

export function useAnswerSlip(token: string) {
  const { env } = useShop()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (answer: {
      outcome: SlipOutcome
      responder: SlipResponder
      note?: string
    }) =>
      (
        await (
          await getBrowserSdk(env)
        ).client.fetch<{ slip: PayoutSlip }>(path(token), {
          method: "POST",
          body: answer,
        })
      ).slip,
    onSuccess: (slip) => {
      queryClient.setQueryData(queryKeys.payoutSlip(token), slip)
    },
  })
}
