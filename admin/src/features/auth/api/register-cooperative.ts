import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { writeSession } from "@/lib/session"
import { registerIdentity, signIn, type Credentials } from "./sign-in"

export type CooperativeRegistration = {
  name: string
  handle: string
  credit_code: string
  county_code: string
  contact_email: string
  story?: string | null
  first_name?: string | null
  last_name?: string | null
}

// Self-registration: an identity, then the (pending) cooperative with that
// registration token, then a real sign-in.
export function useRegisterCooperative() {
  return useMutation({
    mutationFn: async ({
      credentials,
      cooperative,
    }: {
      credentials: Credentials
      cooperative: CooperativeRegistration
    }) => {
      const registration = await registerIdentity(
        "cooperative_user",
        credentials
      )
      await api("/vendor/cooperatives", {
        method: "POST",
        body: cooperative,
        token: registration,
      })
      const token = await signIn("cooperative_user", credentials)
      queryClient.clear()
      writeSession({ token, actor: "cooperative_user" })
    },
  })
}
