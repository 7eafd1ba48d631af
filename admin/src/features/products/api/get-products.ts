import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"
import type { ProductList } from "./types"

// One page of the cooperative's own products, newest first.
export function useProducts(params: { offset: number; limit: number }) {
  return useQuery({
    queryKey: queryKeys.products.list(params),
    queryFn: () => api<ProductList>("/vendor/products", { query: params }),
    placeholderData: keepPreviousData,
  })
}
