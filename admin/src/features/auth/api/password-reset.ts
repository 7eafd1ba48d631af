import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import type { Actor } from "@/lib/session"

// Medusa's reset flow for staff and reviewers: a link with a 15-minute
// token goes to the address (the same answer whether an account has it) …
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: ({ actor, email }: { actor: Actor; email: string }) =>
      api<void>(`/auth/${actor}/emailpass/reset-password`, {
        method: "POST",
        body: { identifier: email },
        token: null,
      }),
  })
}

// … and the token from that link sets the new password.
export function useResetPassword() {
  return useMutation({
    mutationFn: ({
      actor,
      token,
      password,
    }: {
      actor: Actor
      token: string
      password: string
    }) =>
      api<{ success: boolean }>(`/auth/${actor}/emailpass/update`, {
        method: "POST",
        body: { password },
        token,
      }),
  })
}
