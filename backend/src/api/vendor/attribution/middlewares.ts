import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { VendorAttributionParams } from "./validators"

export const vendorAttributionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/attribution",
    middlewares: [validateAndTransformQuery(VendorAttributionParams, {})],
  },
]
