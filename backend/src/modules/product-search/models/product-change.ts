import { model } from "@medusajs/framework/utils"

// When a product's public page last changed, written by the same events
// that rebuild its search document (one row a product: the table never
// grows past the catalogue). The storefront asks what changed since its
// last look and drops those pages from its cache. The id is the product's.
export const ProductChange = model
  .define("product_change", {
    id: model.text().primaryKey(),
    changed_at: model.dateTime(),
  })
  .indexes([{ on: ["changed_at"] }])
