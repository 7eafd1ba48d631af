import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { BureauMe, VendorMe } from "./types"

export function useVendorMe() {
  return useQuery({
    queryKey: queryKeys.session.me("cooperative_user"),
    queryFn: () => api<VendorMe>("/vendor/me"),
  })
}

export function useBureauMe() {
  return useQuery({
    queryKey: queryKeys.session.me("bureau_user"),
    queryFn: () => api<BureauMe>("/bureau/me"),
  })
}
