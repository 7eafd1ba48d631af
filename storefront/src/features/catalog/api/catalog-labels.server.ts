import { cachedFor } from "@/lib/cached.server"
import { storeGet } from "@/lib/sdk.server"

type County = { code: string; name_zh: string; name_en: string }
type Category = {
  handle: string
  name: string
  metadata?: { name_en?: string } | null
}

const loadNames = cachedFor(60_000, async () => {
  const [{ counties }, { product_categories }] = await Promise.all([
    storeGet<{ counties: County[] }>("/store/counties", { limit: 100 }),
    storeGet<{ product_categories: Category[] }>("/store/product-categories", {
      limit: 100,
      fields: "handle,name,metadata",
    }),
  ])
  return { counties, categories: product_categories }
})

// Facet values are codes and handles; these are their names in the
// shopper's language.
export async function catalogLabels(language: string) {
  const { counties, categories } = await loadNames()
  const en = language === "en"
  return {
    counties: Object.fromEntries(
      counties.map((c) => [c.code, en ? c.name_en : c.name_zh])
    ),
    categories: Object.fromEntries(
      categories.map((c) => [c.handle, (en && c.metadata?.name_en) || c.name])
    ),
  }
}
