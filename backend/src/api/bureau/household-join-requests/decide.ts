import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { decideHouseholdJoinWorkflow } from "../../../workflows/household"
import { resolveBureauCaller } from "../caller"
import type { BureauDecideJoinRequestType } from "./validators"
import { toBureauJoinRequests } from "./view"

// The handler of both decisions on a join request: approving links the
// household to the cooperative, rejecting (with a reason) does not.
export const decideJoinRequest =
  (decision: "approved" | "rejected") =>
  async (
    req: AuthenticatedMedusaRequest<BureauDecideJoinRequestType>,
    res: MedusaResponse
  ) => {
    const caller = await resolveBureauCaller(req)
    const { result } = await decideHouseholdJoinWorkflow(req.scope).run({
      input: {
        request_id: req.params.id,
        decider: {
          actor_type: "bureau_user",
          jurisdiction_code: caller.jurisdiction_code,
        },
        actor_id: caller.id,
        decision,
        note: req.validatedBody.note ?? null,
        decided_at: new Date(),
      },
    })
    const [join_request] = await toBureauJoinRequests(req.scope, [result])
    res.json({ join_request })
  }
