import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { isUniqueViolation } from "./create-agreement"

export type DocumentInput = {
  cooperative_id: string
  file_id: string
  filename: string
  mime_type: string
  size: number
  sha256: string
  uploaded_by: string
}

// Records the file just stored as the cooperative's document, the last
// write of its workflow (documents are append-only, so nothing may fail
// after it). When the same file was uploaded at the same moment by another
// request, that document is the answer and this copy of the bytes goes.
export const createDocumentStep = createStep(
  "create-linkage-document",
  async (input: DocumentInput, { container }) => {
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    try {
      const document = await linkage.createLinkageDocuments(input)
      return new StepResponse({ document, created: true })
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      const [document] = await linkage.listLinkageDocuments(
        { cooperative_id: input.cooperative_id, sha256: input.sha256 },
        { take: 1 }
      )
      await container.resolve(Modules.FILE).deleteFiles(input.file_id)
      return new StepResponse({ document, created: false })
    }
  }
)

// The cooperative's own document; another cooperative's, or none, is the
// same 404, named by the field that referred to it.
export const findOwnDocumentStep = createStep(
  "find-own-linkage-document",
  async (
    input: { document_id?: string | null; cooperative_id: string },
    { container }
  ) => {
    if (!input.document_id) return new StepResponse(null)
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const [document] = await linkage.listLinkageDocuments(
      { id: input.document_id, cooperative_id: input.cooperative_id },
      { take: 1, select: ["id"] }
    )
    if (!document) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Document was not found"
      )
    }
    return new StepResponse(document.id)
  }
)
