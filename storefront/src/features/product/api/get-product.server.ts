import { storeGet } from "@/lib/sdk.server"
import type { StoreProductDetail } from "../types"

const FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "thumbnail",
  "metadata",
  "*images",
  "variants.id",
  "variants.title",
  "variants.manage_inventory",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
].join(",")

// A published product's id from its handle (404 when there is none in the
// shop). Medusa's /store/products?handle= scans the whole sales channel in
// the app, ~0.7 s at 10,000 products; this is one index lookup.
export async function getProductId(handle: string) {
  const { product } = await storeGet<{ product: { id: string } }>(
    `/store/product-handles/${encodeURIComponent(handle)}`
  )
  return product.id
}

// A published product, priced for the shop's region.
export async function getProduct(id: string, regionId?: string) {
  const { product } = await storeGet<{ product: StoreProductDetail }>(
    `/store/products/${encodeURIComponent(id)}`,
    { region_id: regionId, fields: FIELDS }
  )
  return product
}
