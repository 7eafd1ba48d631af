import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { CreateProductBody, Product } from "./types"

// Lists a new product (published at once; the backend refuses it while the
// cooperative is pending).
export function useCreateProduct() {
  return useMutation({
    mutationFn: (body: CreateProductBody) =>
      api<{ product: Product }>("/vendor/products", { method: "POST", body }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.products.all }),
  })
}
