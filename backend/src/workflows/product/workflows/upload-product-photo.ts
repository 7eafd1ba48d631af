import { uploadFilesWorkflow } from "@medusajs/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

// Stores a processed product photo, both sizes, as public files through
// Medusa's file module (the local provider serves them under /static).
export const uploadProductPhotoWorkflow = createWorkflow(
  "upload-product-photo",
  (input: { sha256: string; full: string; card: string }) => {
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [
          {
            filename: `product-${input.sha256.slice(0, 16)}-1600.webp`,
            mimeType: "image/webp",
            content: input.full,
            access: "public" as const,
          },
          {
            filename: `product-${input.sha256.slice(0, 16)}-600.webp`,
            mimeType: "image/webp",
            content: input.card,
            access: "public" as const,
          },
        ],
      })),
    })
    const result = transform({ files }, ({ files }) => ({
      url: files[0].url,
      thumbnail_url: files[1].url,
    }))
    return new WorkflowResponse(result)
  }
)
