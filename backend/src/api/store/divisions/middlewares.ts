import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { addressesMatchDivisions } from "./address-check"
import { StoreGetDivisionsParams } from "./validators"

export const storeDivisionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/divisions",
    middlewares: [validateAndTransformQuery(StoreGetDivisionsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id",
    middlewares: [
      addressesMatchDivisions(["shipping_address", "billing_address"]),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/addresses*",
    middlewares: [addressesMatchDivisions([""])],
  },
]
