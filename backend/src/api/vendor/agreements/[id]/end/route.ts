import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { endLinkageAgreementWorkflow } from "../../../../../workflows/linkage"
import { requireApproved, resolveVendorCaller } from "../../../caller"
import { agreementView } from "../../../../utils/agreement-view"
import type { VendorEndAgreementType } from "../../validators"

// Ends an agreement on a date with a reason (never deleted; audited).
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorEndAgreementType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const { result } = await endLinkageAgreementWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      cooperative_id: caller.cooperative.id,
      ends_on: req.validatedBody.ends_on,
      end_reason: req.validatedBody.reason,
      actor_id: caller.user.id,
    },
  })
  res.json({ agreement: agreementView(result) })
}
