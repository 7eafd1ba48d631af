import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { VendorGetUsersParams } from "./validators"

export const vendorUsersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/users",
    middlewares: [validateAndTransformQuery(VendorGetUsersParams, {})],
  },
]
