import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import {
  VendorCreateObligation,
  VendorGetObligationsParams,
} from "./validators"

export const vendorObligationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/obligations",
    middlewares: [validateAndTransformQuery(VendorGetObligationsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/obligations",
    middlewares: [validateBody(VendorCreateObligation)],
  },
]
