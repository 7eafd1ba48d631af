import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { reversePayoutWorkflow } from "../../../../../workflows/linkage"
import { requireApproved, resolveVendorCaller } from "../../../caller"
import { payoutView } from "../../payout-view"
import type { VendorReversePayoutType } from "../../validators"

// Reverses a payment recorded by mistake, once, with a reason.
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorReversePayoutType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const { result } = await reversePayoutWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      cooperative_id: caller.cooperative.id,
      reference: req.validatedBody.reference,
      note: req.validatedBody.reason,
      recorded_by: caller.user.id,
    },
  })
  res
    .status(result.created ? 201 : 200)
    .json({ payout: payoutView(result.payout) })
}
