import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import {
  VendorAppendTraceEvent,
  VendorBatchLabelParams,
  VendorCreateBatch,
  VendorGetBatchesParams,
  VendorVoidBatch,
} from "./validators"

export const vendorBatchesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/batches",
    middlewares: [validateAndTransformQuery(VendorGetBatchesParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/batches",
    middlewares: [validateBody(VendorCreateBatch)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/batches/:id/trace-events",
    middlewares: [validateBody(VendorAppendTraceEvent)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/batches/:id/void",
    middlewares: [validateBody(VendorVoidBatch)],
  },
  {
    method: ["GET"],
    matcher: "/vendor/batches/:id/label",
    middlewares: [validateAndTransformQuery(VendorBatchLabelParams, {})],
  },
]
