import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { recordShockEventWorkflow } from "../../../../../workflows/oversight"
import type { BureauShockEventType } from "../../../../bureau/oversight/validators"
import { resolveVendorCaller } from "../../../caller"

// A cooperative reports illness, disability, disaster or an accident in
// one of its member households: the county's reviewers find a
// sudden-hardship case for it in their queue. The cooperative sees no case.
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauShockEventType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { result } = await recordShockEventWorkflow(req.scope).run({
    input: {
      household_id: req.params.id,
      kind: req.validatedBody.kind,
      occurred_on: req.validatedBody.occurred_on,
      description: req.validatedBody.description ?? null,
      reporter: {
        type: "cooperative_user",
        id: caller.user.id,
        cooperative_id: caller.cooperative.id,
      },
    },
  })
  res.status(201).json({ shock_event: { id: result.shock_id } })
}
