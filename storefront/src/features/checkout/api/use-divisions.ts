import { useQuery } from "@tanstack/react-query"
import { queryKeys } from "@/lib/query-keys"
import { getBrowserSdk } from "@/lib/sdk"
import { useShop } from "@/lib/shop-context"

export type Division = { code: string; name: string }

// One level of the address cascade (GB/T 2260): the provinces for "", a
// province's cities, a city's districts and counties. It does not change
// while the page is open.
export function useDivisions(parent: string | null) {
  const { env } = useShop()
  return useQuery({
    queryKey: queryKeys.divisions(parent ?? ""),
    enabled: parent !== null,
    staleTime: Infinity,
    queryFn: async () =>
      (
        await (
          await getBrowserSdk(env)
        ).client.fetch<{ divisions: Division[] }>("/store/divisions", {
          query: parent ? { parent } : {},
        })
      ).divisions,
  })
}
