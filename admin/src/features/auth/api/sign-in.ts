import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { writeSession, type Actor } from "@/lib/session"
import { queryClient } from "@/lib/query-client"

export type Credentials = { email: string; password: string }

// The right password for an account of the other kind: Medusa answers
// with a token that names no actor of the kind asked for.
export class WrongRoleError extends Error {
  constructor(readonly actor: Actor) {
    super("wrong role")
    this.name = "WrongRoleError"
  }
}

function tokenActorId(token: string): string {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")
    return String(
      (JSON.parse(atob(payload)) as { actor_id?: string }).actor_id ?? ""
    )
  } catch {
    return ""
  }
}

// Medusa's email + password login for one of our two actor types.
export async function signIn(actor: Actor, credentials: Credentials) {
  const { token } = await api<{ token: string }>(`/auth/${actor}/emailpass`, {
    method: "POST",
    body: credentials,
    token: null,
  })
  if (!tokenActorId(token)) throw new WrongRoleError(actor)
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
