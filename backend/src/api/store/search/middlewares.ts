import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreSearchParams } from "./validators"

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/search",
    middlewares: [validateAndTransformQuery(StoreSearchParams, {})],
  },
]
