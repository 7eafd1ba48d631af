import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export type StoredDocument = {
  id: string
  file_id: string
  filename: string
  mime_type: string
  size: number
}

// Answers a document's bytes as a download: never shown inline, never
// cached, its type the one read from the bytes at upload. A file gone
// from storage is a 404 that says so.
export async function sendDocument(
  container: MedusaContainer,
  res: MedusaResponse,
  document: StoredDocument
) {
  let bytes: Buffer
  try {
    bytes = await container.resolve(Modules.FILE).getAsBuffer(document.file_id)
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "The document's file is missing from storage"
      )
    }
    throw error
  }
  const extension = document.filename.split(".").pop()
  res.setHeader("content-type", document.mime_type)
  res.setHeader(
    "content-disposition",
    `attachment; filename="document.${extension}"; filename*=UTF-8''${encodeURIComponent(document.filename)}`
  )
  res.setHeader("cache-control", "private, no-store")
  res.setHeader("content-security-policy", "sandbox; default-src 'none'")
  res.status(200).send(bytes)
}

// A document as its lists show it: what it is, never where it is stored.
export const DOCUMENT_FIELDS = [
  "id",
  "filename",
  "mime_type",
  "size",
  "sha256",
  "created_at",
] as const
