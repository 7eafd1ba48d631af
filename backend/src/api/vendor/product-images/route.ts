import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { processProductPhoto } from "../../../lib/images/product-photo"
import { uploadProductPhotoWorkflow } from "../../../workflows/product"
import { requireApproved, resolveVendorCaller } from "../caller"
import {
  MAX_PHOTO_BYTES,
  type VendorUploadProductImageType,
} from "./validators"

// A photo for a product, from a phone's camera or a computer: turned
// upright, stripped of its metadata (a phone's photo says where it was
// taken), resized and stored as WebP through Medusa's file module, in the
// gallery's size and the catalogue card's. The answer's urls go into the
// product's images (POST /vendor/products/:id, `images` with
// `metadata.thumbnail_url`), in the order the cooperative chooses.
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorUploadProductImageType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const bytes = Buffer.from(req.validatedBody.content, "base64")
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "content is larger than 12 MiB"
    )
  }
  const photo = await processProductPhoto(bytes)
  const { result } = await uploadProductPhotoWorkflow(req.scope).run({
    input: {
      sha256: photo.sha256,
      full: photo.full.toString("base64"),
      card: photo.card.toString("base64"),
    },
  })
  res.status(201).json({
    image: {
      url: result.url,
      thumbnail_url: result.thumbnail_url,
      width: photo.width,
      height: photo.height,
      bytes: photo.full.length,
    },
  })
}
