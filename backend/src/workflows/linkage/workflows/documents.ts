import { uploadFilesWorkflow } from "@medusajs/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import {
  createDocumentStep,
  findOwnDocumentStep,
} from "../steps/create-document"
import { attachAgreementDocumentStep } from "../steps/attach-agreement-document"

export type UploadDocumentInput = {
  cooperative_id: string
  uploaded_by: string
  // What the route read from the bytes (documentType, documentName).
  filename: string
  mime_type: string
  extension: string
  size: number
  sha256: string
  // The bytes, base64.
  content: string
}

// Stores a cooperative's evidence file through Medusa's file module as a
// private file (its key is the content's hash, never the sender's name)
// and records it as a document. If recording fails, Medusa's upload
// workflow removes the file again.
export const uploadLinkageDocumentWorkflow = createWorkflow(
  "upload-linkage-document",
  (input: UploadDocumentInput) => {
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [
          {
            filename: `evidence-${input.sha256}.${input.extension}`,
            mimeType: input.mime_type,
            content: input.content,
            access: "private" as const,
          },
        ],
      })),
    })
    const document = transform({ input, files }, ({ input, files }) => ({
      cooperative_id: input.cooperative_id,
      file_id: files[0].id,
      filename: input.filename,
      mime_type: input.mime_type,
      size: input.size,
      sha256: input.sha256,
      uploaded_by: input.uploaded_by,
    }))
    return new WorkflowResponse(createDocumentStep(document))
  }
)

// Attaches the signed copy (a document of the same cooperative) to an
// agreement, or replaces it; audited with the document before and after.
export const attachAgreementDocumentWorkflow = createWorkflow(
  "attach-agreement-document",
  (input: {
    agreement_id: string
    cooperative_id: string
    document_id: string
    actor_id: string
  }) => {
    findOwnDocumentStep(input)
    const attached = attachAgreementDocumentStep(input)
    const audit = transform({ input, attached }, ({ input, attached }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: input.actor_id,
      action: "linkage_agreement.document_attached",
      resource_type: "linkage_agreement",
      resource_id: input.agreement_id,
      cooperative_id: input.cooperative_id,
      county_code: attached.county_code,
      before: { document_id: attached.before },
      after: { document_id: input.document_id },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(attached.agreement)
  }
)
