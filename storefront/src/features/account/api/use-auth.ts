import { useMutation, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "@/lib/query-keys"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import type { LoginInput, RegisterInput } from "../utils/auth-schemas"

export function useLogin() {
  const { env } = useShop()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: LoginInput) => {
      const result = await (
        await getBrowserSdk(env)
      ).auth.login("customer", "emailpass", input)
      // A string is a token; anything else is a redirect flow we do not offer.
      if (typeof result !== "string") throw new Error("Unexpected login flow")
    },
    onSuccess: () => queryClient.invalidateQueries(),
  })
}

// Medusa's two steps: an identity (email + password), then the customer
// it belongs to; then a fresh login so the token names the customer.
export function useRegister() {
  const { env } = useShop()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: RegisterInput) => {
      const sdk = await getBrowserSdk(env)
      await sdk.auth.register("customer", "emailpass", {
        email: input.email,
        password: input.password,
      })
      await sdk.store.customer.create({
        email: input.email,
        first_name: input.name,
      })
      await sdk.auth.login("customer", "emailpass", {
        email: input.email,
        password: input.password,
      })
    },
    onSuccess: () => queryClient.invalidateQueries(),
  })
}

export function useLogout() {
  const { env } = useShop()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => (await getBrowserSdk(env)).auth.logout(),
    onSuccess: () => {
      queryClient.setQueryData(queryKeys.customer, null)
      queryClient.removeQueries({ queryKey: queryKeys.orders.all })
    },
  })
}
