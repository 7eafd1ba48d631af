import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { writeSession, type Actor } from "@/lib/session"
import { registerIdentity, signIn, type Credentials } from "./sign-in"

const ACCEPT_PATH: Record<Actor, string> = {
  cooperative_user: "/vendor/invites/accept",
  bureau_user: "/bureau/invites/accept",
}

// A colleague (or a reviewer invited by an operator) takes up an invite:
// register the invited email, accept with the one-time token, sign in.
export function useAcceptInvite() {
  return useMutation({
    mutationFn: async ({
      actor,
      token,
      credentials,
      name,
    }: {
      actor: Actor
      token: string
      credentials: Credentials
      name?: { first_name?: string; last_name?: string }
    }) => {
      const registration = await registerIdentity(actor, credentials)
      await api(ACCEPT_PATH[actor], {
        method: "POST",
        body: actor === "cooperative_user" ? { token, ...name } : { token },
        token: registration,
      })
      const session = await signIn(actor, credentials)
      queryClient.clear()
      writeSession({ token: session, actor })
      return actor
    },
  })
}
