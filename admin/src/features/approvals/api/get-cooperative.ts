import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { BureauCooperativeDetail } from "./types"

export function useBureauCooperative(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.bureauCooperatives.detail(id ?? ""),
    queryFn: () =>
      api<{ cooperative: BureauCooperativeDetail }>(
        `/bureau/cooperatives/${encodeURIComponent(id ?? "")}`
      ),
    select: (data) => data.cooperative,
    enabled: Boolean(id),
  })
}
