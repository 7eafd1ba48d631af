import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { recordShockEventWorkflow } from "../../../../../workflows/oversight"
import { resolveBureauCaller } from "../../../caller"
import type { BureauShockEventType } from "../../../oversight/validators"

// A reviewer records illness, disability, disaster or an accident in a
// household of their jurisdiction: a sudden-hardship case opens at once
// (or the household's open one takes it). Answers the event and the case.
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauShockEventType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { result } = await recordShockEventWorkflow(req.scope).run({
    input: {
      household_id: req.params.id,
      kind: req.validatedBody.kind,
      occurred_on: req.validatedBody.occurred_on,
      description: req.validatedBody.description ?? null,
      reporter: {
        type: "bureau_user",
        id: caller.id,
        jurisdiction_code: caller.jurisdiction_code,
      },
    },
  })
  res.status(201).json({
    shock_event: { id: result.shock_id, case_id: result.case_id },
    case_opened: result.case_opened,
  })
}
