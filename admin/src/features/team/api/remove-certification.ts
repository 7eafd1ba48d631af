import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"

export function useRemoveCertification() {
  return useMutation({
    mutationFn: (id: string) =>
      api(`/vendor/me/certifications/${encodeURIComponent(id)}`, {
        method: "DELETE",
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.session.me("cooperative_user"),
      }),
  })
}
