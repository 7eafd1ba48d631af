import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { decideHouseholdJoinWorkflow } from "../../../../workflows/household"
import { resolveVendorCaller } from "../../caller"
import { toJoinRequestView } from "../join-request-view"
import type { VendorAcceptAssignmentType } from "../validators"

// The cooperative's answer to a reviewer's proposal: accepting makes the
// household its member, declining (with a reason) does not. Another
// cooperative's proposal, or its own request, is a 404.
export const answerAssignment =
  (decision: "approved" | "rejected") =>
  async (
    req: AuthenticatedMedusaRequest<VendorAcceptAssignmentType>,
    res: MedusaResponse
  ) => {
    const caller = await resolveVendorCaller(req)
    const { result } = await decideHouseholdJoinWorkflow(req.scope).run({
      input: {
        request_id: req.params.id,
        decider: {
          actor_type: "cooperative_user",
          cooperative_id: caller.cooperative.id,
        },
        actor_id: caller.user.id,
        decision,
        note: req.validatedBody.note ?? null,
        decided_at: new Date(),
      },
    })
    res.json({ join_request: toJoinRequestView(result) })
  }
