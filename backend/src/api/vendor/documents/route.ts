import { createHash } from "node:crypto"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { documentName, documentType } from "@tianfu/domain"
import { maxDocumentBytes } from "../../../lib/reports/linkage-settings"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { uploadLinkageDocumentWorkflow } from "../../../workflows/linkage"
import { DOCUMENT_FIELDS } from "../../utils/send-document"
import { requireApproved, resolveVendorCaller } from "../caller"
import type {
  VendorGetDocumentsParamsType,
  VendorUploadDocumentType,
} from "./validators"

const view = (document: object) => {
  const record = document as Record<string, unknown>
  return Object.fromEntries(DOCUMENT_FIELDS.map((f) => [f, record[f] ?? null]))
}

// The cooperative's evidence files, newest first.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetDocumentsParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { limit = 20, offset = 0 } = req.validatedQuery
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const [documents, count] = await linkage.listAndCountLinkageDocuments(
    { cooperative_id: caller.cooperative.id },
    {
      take: limit,
      skip: offset,
      order: { created_at: "DESC", id: "ASC" },
      select: [...DOCUMENT_FIELDS],
    }
  )
  res.json({ documents: documents.map(view), count, offset, limit })
}

// Stores an evidence file (a transfer receipt, a signed agreement) for an
// approved cooperative: a PDF, PNG, JPEG or WebP, told by its bytes. The
// same file again is the same document (200 instead of 201).
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorUploadDocumentType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const { filename, content } = req.validatedBody
  const bytes = Buffer.from(content, "base64")
  const limit = maxDocumentBytes()
  if (bytes.length > limit) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `content: the file is larger than ${Math.floor(limit / 1024)} KiB`
    )
  }
  const type = documentType(bytes)
  if (!type) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "content: the file must be a PDF, PNG, JPEG or WebP"
    )
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex")
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const [existing] = await linkage.listLinkageDocuments(
    { cooperative_id: caller.cooperative.id, sha256 },
    { take: 1 }
  )
  if (existing) {
    res.status(200).json({ document: view(existing) })
    return
  }
  const { result } = await uploadLinkageDocumentWorkflow(req.scope).run({
    input: {
      cooperative_id: caller.cooperative.id,
      uploaded_by: caller.user.id,
      filename: documentName(filename, type.extension),
      mime_type: type.mime,
      extension: type.extension,
      size: bytes.length,
      sha256,
      content: bytes.toString("base64"),
    },
  })
  res
    .status(result.created ? 201 : 200)
    .json({ document: view(result.document) })
}
