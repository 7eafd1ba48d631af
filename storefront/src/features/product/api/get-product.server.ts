import type { ProductPage } from "@tianfu/domain"
import { storeGet } from "@/lib/sdk.server"

// Everything the product page shows, in one request: the product priced for
// the shop's region with each variant's stock, its provenance and the oldest
// batch's timeline (404 when there is no such product in the shop). It
// replaced four requests (handle → id, product, provenance, trace).
export async function getProductPage(handle: string, regionId?: string) {
  const { product_page } = await storeGet<{ product_page: ProductPage }>(
    `/store/product-pages/${encodeURIComponent(handle)}`,
    regionId ? { region_id: regionId } : undefined
  )
  return product_page
}
