import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"

export type ProfileUpdate = {
  story?: string | null
  logo_url?: string | null
  contact_email?: string
}

// The cooperative's public story, logo and contact email.
export function useUpdateProfile() {
  return useMutation({
    mutationFn: (update: ProfileUpdate) =>
      api("/vendor/me", { method: "POST", body: update }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.session.me("cooperative_user"),
      }),
  })
}
