import type {
  AuthenticatedMedusaRequest,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { sharedRateLimit } from "../../../lib/rate-limit-store"
import { validateBody } from "../../utils/validate-body"
import { resolveVendorCaller } from "../caller"
import { VendorUploadProductImage } from "./validators"

// Each photo is kept in two sizes: PRODUCT_PHOTO_UPLOADS_PER_HOUR per
// cooperative (default 300; in Redis when REDIS_URL is set), so one account
// cannot fill the disk.
const uploadLimit = sharedRateLimit({
  name: "product-photo-uploads",
  windowMs: 60 * 60 * 1000,
  limit: Number(process.env.PRODUCT_PHOTO_UPLOADS_PER_HOUR ?? 300),
  passOnStoreError: false,
  message: "Too many photos uploaded by this cooperative; try again later",
  keyGenerator: async (req) =>
    `cooperative:${(await resolveVendorCaller(req as unknown as AuthenticatedMedusaRequest)).cooperative.id}`,
})

export const vendorProductImagesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/vendor/product-images",
    // 12 MiB as base64 in JSON.
    bodyParser: { sizeLimit: "17mb" },
    middlewares: [uploadLimit, validateBody(VendorUploadProductImage)],
  },
]
