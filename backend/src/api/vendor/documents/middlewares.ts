import {
  type AuthenticatedMedusaRequest,
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { sharedRateLimit } from "../../../lib/rate-limit-store"
import { validateBody } from "../../utils/validate-body"
import { resolveVendorCaller } from "../caller"
import { VendorGetDocumentsParams, VendorUploadDocument } from "./validators"

// Each upload may be megabytes kept for good: LINKAGE_DOCUMENT_UPLOADS_PER_HOUR
// per cooperative (default 200; in Redis when REDIS_URL is set), so one
// account cannot fill the disk.
const uploadLimit = sharedRateLimit({
  name: "document-uploads",
  windowMs: 60 * 60 * 1000,
  limit: Number(process.env.LINKAGE_DOCUMENT_UPLOADS_PER_HOUR ?? 200),
  passOnStoreError: false,
  message: "Too many documents uploaded by this cooperative; try again later",
  keyGenerator: async (req) =>
    `cooperative:${(await resolveVendorCaller(req as unknown as AuthenticatedMedusaRequest)).cooperative.id}`,
})

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
    middlewares: [uploadLimit, validateBody(VendorUploadDocument)],
  },
]
