import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreProductChangesParams } from "../product-changes/validators"
import { StoreProductPageParams } from "./validators"

export const storeProductPagesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/product-pages/:handle",
    middlewares: [validateAndTransformQuery(StoreProductPageParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/product-changes",
    middlewares: [validateAndTransformQuery(StoreProductChangesParams, {})],
  },
]
