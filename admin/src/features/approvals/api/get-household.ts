import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { BureauHouseholdDetail } from "./types"

export function useBureauHousehold(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.bureauHouseholds.detail(id ?? ""),
    queryFn: () =>
      api<{ household: BureauHouseholdDetail }>(
        `/bureau/households/${encodeURIComponent(id ?? "")}`
      ),
    select: (data) => data.household,
    enabled: Boolean(id),
  })
}
