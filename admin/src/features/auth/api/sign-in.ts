import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { writeSession, type Actor } from "@/lib/session"
import { queryClient } from "@/lib/query-client"

export type Credentials = { email: string; password: string }

// Medusa's email + password login for one of our two actor types.
export async function signIn(actor: Actor, credentials: Credentials) {
  const { token } = await api<{ token: string }>(`/auth/${actor}/emailpass`, {
    method: "POST",
    body: credentials,
    token: null,
  })
  return token
}

export function useSignIn() {
  return useMutation({
    mutationFn: async ({
      actor,
      ...credentials
    }: Credentials & { actor: Actor }) => {
      const token = await signIn(actor, credentials)
      queryClient.clear()
      writeSession({ token, actor })
      return actor
    },
  })
}

// A registration token: the identity exists but belongs to no actor yet.
export async function registerIdentity(actor: Actor, credentials: Credentials) {
  const { token } = await api<{ token: string }>(
    `/auth/${actor}/emailpass/register`,
    { method: "POST", body: credentials, token: null }
  )
  return token
}

export function signOut() {
  queryClient.clear()
  writeSession(null)
}
