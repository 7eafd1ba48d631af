import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { queryKeys } from "@/lib/query-keys"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"
import type { SearchResponse } from "../types"

const stable = (query: Record<string, string | number>) =>
  JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)))

// Results as the shopper types; the server-rendered result is the first
// answer, so nothing flashes on hydration.
export function useInstantSearch(
  query: Record<string, string | number>,
  initial?: { query: Record<string, string | number>; data: SearchResponse }
) {
  const { env } = useShop()
  const sameAsInitial = initial && stable(initial.query) === stable(query)
  return useQuery({
    queryKey: queryKeys.search(query),
    queryFn: async ({ signal }) =>
      (await getBrowserSdk(env)).client.fetch<SearchResponse>("/store/search", {
        query,
        signal,
      }),
    initialData: sameAsInitial ? initial.data : undefined,
    placeholderData: keepPreviousData,
  })
}
