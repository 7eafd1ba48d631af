import { useMutation } from "@tanstack/react-query"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import type { ForgotInput, ResetInput } from "../utils/auth-schemas"

// Medusa's reset flow: a link with a 15-minute token goes to the address
// (the answer is the same whether an account has it or not) …
export function useRequestPasswordReset() {
  const { env } = useShop()
  return useMutation({
    mutationFn: async (input: ForgotInput) =>
      (await getBrowserSdk(env)).auth.resetPassword("customer", "emailpass", {
        identifier: input.email,
      }),
  })
}

// … and the token from that link sets the new password.
export function useResetPassword(token: string) {
  const { env } = useShop()
  return useMutation({
    mutationFn: async (input: ResetInput) =>
      (await getBrowserSdk(env)).auth.updateProvider(
        "customer",
        "emailpass",
        { password: input.password },
        token
      ),
  })
}
