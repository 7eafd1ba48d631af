import {
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateBody } from "../../utils/validate-body"
import { VendorGetDocumentsParams, VendorUploadDocument } from "./validators"

export const vendorDocumentsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/documents",
    middlewares: [validateAndTransformQuery(VendorGetDocumentsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/documents",
    // A file of up to 6 MiB as base64 in JSON.
    bodyParser: { sizeLimit: "9mb" },
    middlewares: [validateBody(VendorUploadDocument)],
  },
]
