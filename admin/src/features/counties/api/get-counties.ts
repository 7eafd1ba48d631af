import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"

export type County = {
  code: string
  name_zh: string
  name_en: string
  prefecture_zh: string
  prefecture_en: string
}

// The registered counties (public, through the shop's publishable key).
export function useCounties() {
  return useQuery({
    queryKey: queryKeys.counties.all,
    queryFn: () =>
      api<{ counties: County[] }>("/store/counties", {
        store: true,
        token: null,
        query: {
          limit: 200,
          fields: "code,name_zh,name_en,prefecture_zh,prefecture_en",
        },
      }),
    select: (data) => data.counties,
    staleTime: 10 * 60_000,
  })
}

export function countyName(county: County | undefined, language: string) {
  if (!county) return ""
  return language === "en" ? county.name_en : county.name_zh
}
