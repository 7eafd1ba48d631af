import { useQuery } from "@tanstack/react-query"
import { api } from "@/lib/api-client"
import { queryKeys } from "@/lib/query-keys"

type ProductWithVariants = {
  id: string
  title: string
  variants: { id: string; title: string; manage_inventory: boolean }[]
}

export type VariantChoice = {
  id: string
  label: string
  productTitle: string
  variantTitle: string
}

const PARAMS = { offset: 0, limit: 100 }

// The variants a batch can stock: the cooperative's products' variants that
// track inventory, labelled "product · variant".
export function useVariantChoices() {
  return useQuery({
    queryKey: queryKeys.products.list(PARAMS),
    queryFn: () =>
      api<{ products: ProductWithVariants[] }>("/vendor/products", {
        query: PARAMS,
      }),
    select: (data): VariantChoice[] =>
      data.products.flatMap((product) =>
        product.variants
          .filter((variant) => variant.manage_inventory !== false)
          .map((variant) => ({
            id: variant.id,
            label: `${product.title} · ${variant.title}`,
            productTitle: product.title,
            variantTitle: variant.title,
          }))
      ),
  })
}
