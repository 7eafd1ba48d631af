import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { Certification, CertificationKind } from "./types"

export type NewCertification = {
  kind: CertificationKind
  number: string
  issued_by?: string | null
  expires_at?: string | null
}

export function useAddCertification() {
  return useMutation({
    mutationFn: (certification: NewCertification) =>
      api<{ certification: Certification }>("/vendor/me/certifications", {
        method: "POST",
        body: certification,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.session.me("cooperative_user"),
      }),
  })
}
