import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listStoreCountiesQueryConfig } from "./query-config"
import { StoreGetCountiesParams } from "./validators"

export const storeCountiesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/counties",
    middlewares: [
      validateAndTransformQuery(
        StoreGetCountiesParams,
        listStoreCountiesQueryConfig
      ),
    ],
  },
]
