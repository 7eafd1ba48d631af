import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import {
  VendorCreateFulfillment,
  VendorGetOrdersParams,
  VendorReadRecipient,
} from "./validators"

export const vendorOrdersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/orders",
    middlewares: [validateAndTransformQuery(VendorGetOrdersParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/fulfillments",
    middlewares: [validateBody(VendorCreateFulfillment)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/recipient",
    middlewares: [validateBody(VendorReadRecipient)],
  },
]
