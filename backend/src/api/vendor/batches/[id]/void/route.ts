import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { voidBatchWorkflow } from "../../../../../workflows/batch"
import { resolveVendorCaller } from "../../../caller"
import type { VendorVoidBatchType } from "../../validators"

// Voids one of the cooperative's batches recorded in error (nothing of it
// sold, no member paid for it): its stock and the purchase obligations it
// created are withdrawn; the record stays, marked, with the reason.
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorVoidBatchType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { result } = await voidBatchWorkflow(req.scope).run({
    input: {
      batch_id: req.params.id,
      cooperative_id: caller.cooperative.id,
      actor_id: caller.user.id,
      reason: req.validatedBody.reason,
    },
  })
  res.json({ void: result })
}
