import { z } from "@medusajs/framework/zod"
import { isBase64 } from "@tianfu/domain"

// A phone camera's photo is a few MiB; 12 MiB is the most taken.
export const MAX_PHOTO_BYTES = 12 * 1024 * 1024
const MAX_BASE64 = Math.ceil(MAX_PHOTO_BYTES / 3) * 4

export type VendorUploadProductImageType = z.infer<
  typeof VendorUploadProductImage
>
export const VendorUploadProductImage = z
  .object({
    // The photo's bytes, base64 (the format is read from the bytes).
    content: z
      .string()
      .min(4, "content must be the photo's bytes in base64")
      .max(MAX_BASE64, "content is larger than 12 MiB")
      .refine(isBase64, "content must be the photo's bytes in base64"),
  })
  .strict()
