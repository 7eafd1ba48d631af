import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BatchModule from "../modules/batch"

// A variant's traced stock is the sum of its batches.
export default defineLink(ProductModule.linkable.productVariant, {
  linkable: BatchModule.linkable.batch,
  isList: true,
})
