import type { ProductPage, ProductPageVariant } from "@tianfu/domain"

// What the product page shows (declared once in @tianfu/domain, which the
// backend's store route is typed with).
export type StoreVariant = ProductPageVariant
export type StoreProductDetail = ProductPage["product"]
