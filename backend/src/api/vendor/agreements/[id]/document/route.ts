import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { attachAgreementDocumentWorkflow } from "../../../../../workflows/linkage"
import { requireApproved, resolveVendorCaller } from "../../../caller"
import { agreementView } from "../../../../utils/agreement-view"
import type { VendorAttachAgreementDocumentType } from "../../validators"

// Attaches the signed copy of an agreement (a document uploaded first), or
// replaces it; audited. Another cooperative's agreement or document is a
// 404.
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorAttachAgreementDocumentType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const { result } = await attachAgreementDocumentWorkflow(req.scope).run({
    input: {
      agreement_id: req.params.id,
      cooperative_id: caller.cooperative.id,
      document_id: req.validatedBody.document_id,
      actor_id: caller.user.id,
    },
  })
  res.json({ agreement: agreementView(result) })
}
