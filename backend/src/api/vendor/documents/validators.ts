import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { isBase64 } from "@tianfu/domain"
import { MAX_DOCUMENT_BYTES_CEILING } from "../../../lib/reports/linkage-settings"

// Base64 of at most the ceiling's bytes (4 characters per 3 bytes).
const MAX_BASE64 = Math.ceil(MAX_DOCUMENT_BYTES_CEILING / 3) * 4

export type VendorUploadDocumentType = z.infer<typeof VendorUploadDocument>
export const VendorUploadDocument = z
  .object({
    // The name on the sender's disk: kept (without folders) to show.
    filename: z.string().trim().min(1).max(255),
    // The file's bytes, base64: a PDF, PNG, JPEG or WebP (read from the
    // bytes themselves).
    content: z
      .string()
      .min(4, "content must be the file's bytes in base64")
      .max(MAX_BASE64, "content is larger than any document may be")
      .refine(isBase64, "content must be the file's bytes in base64"),
  })
  .strict()

export type VendorGetDocumentsParamsType = z.infer<
  typeof VendorGetDocumentsParams
>
export const VendorGetDocumentsParams = createFindParams({
  limit: 20,
  offset: 0,
})
