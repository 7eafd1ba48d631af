import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import {
  VendorCreatePayout,
  VendorImportPayouts,
  VendorGetPayoutsParams,
  VendorReversePayout,
} from "./validators"

export const vendorPayoutsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/payouts",
    middlewares: [validateAndTransformQuery(VendorGetPayoutsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/payouts",
    middlewares: [validateBody(VendorCreatePayout)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/payouts/import",
    // 10,000 rows of CSV as JSON text.
    bodyParser: { sizeLimit: "4mb" },
    middlewares: [validateBody(VendorImportPayouts)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/payouts/:id/reverse",
    middlewares: [validateBody(VendorReversePayout)],
  },
]
