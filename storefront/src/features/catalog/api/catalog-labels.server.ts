import { storeGet } from "../../../lib/sdk.server"

type County = { code: string; name_zh: string; name_en: string }
type Category = {
  handle: string
  name: string
  metadata?: { name_en?: string } | null
}

// Facet values are codes and handles; these are their names in both
// languages.
export async function catalogLabels(language: string) {
  const [{ counties }, { product_categories }] = await Promise.all([
    storeGet<{ counties: County[] }>("/store/counties", { limit: 100 }),
    storeGet<{ product_categories: Category[] }>("/store/product-categories", {
      limit: 100,
      fields: "handle,name,metadata",
    }),
  ])
  const en = language === "en"
  return {
    counties: Object.fromEntries(
      counties.map((c) => [c.code, en ? c.name_en : c.name_zh])
    ),
    categories: Object.fromEntries(
      product_categories.map((c) => [
        c.handle,
        (en && c.metadata?.name_en) || c.name,
      ])
    ),
  }
}
