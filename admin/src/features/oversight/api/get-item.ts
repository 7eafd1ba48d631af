import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { ItemDetail, OversightKind } from "./types"

export const ITEM_PATH = {
  flag: "/bureau/oversight/flags",
  case: "/bureau/oversight/cases",
} as const

// One flag (with its evidence: the aid records the rule found) or one case
// (with its triggers and shock events), and the comments on it. The answer
// is `{ flag }` or `{ case }`, as every step on the item answers too.
export function useOversightItem<K extends OversightKind>(
  kind: K,
  id: string | null
) {
  return useQuery({
    queryKey: queryKeys.oversight.item(kind, id ?? ""),
    enabled: !!id,
    queryFn: () =>
      api<Record<K, ItemDetail[K]>>(
        `${ITEM_PATH[kind]}/${encodeURIComponent(id!)}`
      ),
    select: (data) => data[kind],
  })
}
