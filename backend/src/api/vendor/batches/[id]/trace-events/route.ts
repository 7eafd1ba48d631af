import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { appendTraceEventWorkflow } from "../../../../../workflows/batch"
import { resolveVendorCaller } from "../../../caller"
import type { VendorAppendTraceEventType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<VendorAppendTraceEventType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { actor, corrects, ...event } = req.validatedBody
  const { result } = await appendTraceEventWorkflow(req.scope).run({
    input: {
      ...event,
      batch_id: req.params.id,
      // Shown on the public trace page: the cooperative's name, never a
      // staff member's login e-mail.
      actor: actor ?? caller.cooperative.name,
      corrects_event_id: corrects?.event_id ?? null,
      correction_reason: corrects?.reason ?? null,
      cooperative_id: caller.cooperative.id,
      actor_id: caller.user.id,
    },
  })
  res.status(201).json({ trace_event: result })
}
