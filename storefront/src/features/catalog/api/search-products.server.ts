import { storeGet } from "@/lib/sdk.server"
import type { SearchResponse } from "../types"

export function searchProducts(query: Record<string, string | number>) {
  return storeGet<SearchResponse>("/store/search", query)
}
