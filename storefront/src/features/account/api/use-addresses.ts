import { useMutation, useQueryClient } from "@tanstack/react-query"
import {
  toMedusaAddress,
  type SavedAddressInput,
} from "@/features/checkout/utils/address-schema"
import { queryKeys } from "@/lib/query-keys"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"

// The signed-in shopper's address book (Medusa's customer addresses); the
// addresses themselves come with the customer.
export function useSaveCustomerAddress() {
  const { env } = useShop()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({
      id,
      input,
    }: {
      id?: string
      input: SavedAddressInput
    }) => {
      const sdk = await getBrowserSdk(env)
      const address = toMedusaAddress(input)
      return id
        ? sdk.store.customer.updateAddress(id, address)
        : sdk.store.customer.createAddress(address)
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.customer }),
  })
}

export function useDeleteCustomerAddress() {
  const { env } = useShop()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (id: string) =>
      (await getBrowserSdk(env)).store.customer.deleteAddress(id),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.customer }),
  })
}
