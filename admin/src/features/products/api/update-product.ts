import { useMutation } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryClient } from "@/lib/query-client"
import { queryKeys } from "@/lib/query-keys"
import type { Product, UpdateProductBody } from "./types"

// Edits one product: fields, status, images, variants' prices, new variants.
export function useUpdateProduct(id: string) {
  return useMutation({
    mutationFn: (body: UpdateProductBody) =>
      api<{ product: Product }>(`/vendor/products/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: ({ product }) => {
      queryClient.setQueryData(queryKeys.products.detail(id), { product })
      // Batches show their variant's product and title.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.products.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.batches.all }),
      ])
    },
  })
}
