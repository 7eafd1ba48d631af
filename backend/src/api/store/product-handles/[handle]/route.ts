import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
  ProductStatus,
} from "@medusajs/framework/utils"
import { productsNotForSale } from "../../../../workflows/product/utils/for-sale"

// The product page's first step: its handle to the product's id, through
// the product table's unique handle index. Medusa's /store/products?handle=
// first gathers every product of the key's sales channels and filters them
// in the app: at 10,000 products that alone took ~0.7 s, and ~9 s under ten
// shoppers (bench/README.md). The page then reads the product through
// /store/products/:id, which applies the key's channels and status again.
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const handle = req.params.handle
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "sales_channels.id"],
    filters: { handle, status: ProductStatus.PUBLISHED },
  })
  const channels = req.publishable_key_context.sales_channel_ids
  const productChannels = (product?.sales_channels ?? []) as ({
    id: string
  } | null)[]
  const sold = productChannels.some(
    (channel) => channel && channels.includes(channel.id)
  )
  const blocked = product
    ? await productsNotForSale(req.scope, [product.id])
    : new Map()
  if (!product || !sold || blocked.size) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with handle ${handle} was not found`
    )
  }
  res.json({ product: { id: product.id, handle: product.handle } })
}
