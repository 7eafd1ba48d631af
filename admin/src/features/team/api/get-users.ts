import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { Page, StaffUser } from "./types"

// The cooperative's staff, owners first (one page is the whole team).
export function useStaff() {
  const params = { limit: 100, offset: 0 }
  return useQuery({
    queryKey: queryKeys.team.users(params),
    queryFn: () =>
      api<{ users: StaffUser[] } & Page>("/vendor/users", { query: params }),
  })
}
