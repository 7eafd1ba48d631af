import { storeGet } from "../../../lib/sdk.server"
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

// A published product by handle, priced for the shop's region.
export async function getProductByHandle(handle: string, regionId?: string) {
  const { products } = await storeGet<{ products: StoreProductDetail[] }>(
    "/store/products",
    { handle, region_id: regionId, fields: FIELDS, limit: 1 }
  )
  if (!products[0]) throw new Response("Not found", { status: 404 })
  return products[0]
}
