import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { proposeHouseholdAssignmentWorkflow } from "../../../../../workflows/household"
import { resolveBureauCaller } from "../../../caller"
import { toBureauJoinRequests } from "../../../household-join-requests/view"
import type { BureauAssignHouseholdType } from "../../validators"

// Assigns a registered household of the reviewer's jurisdiction to a
// cooperative that operates in its county: a member request the
// cooperative accepts or declines. 201 with the request.
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauAssignHouseholdType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { result } = await proposeHouseholdAssignmentWorkflow(req.scope).run({
    input: {
      household_id: req.params.id,
      cooperative_id: req.validatedBody.cooperative_id,
      jurisdiction_code: caller.jurisdiction_code,
      actor_id: caller.id,
      note: req.validatedBody.note ?? null,
    },
  })
  const [join_request] = await toBureauJoinRequests(req.scope, [result])
  res.status(201).json({ join_request })
}
