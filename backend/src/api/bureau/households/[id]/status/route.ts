import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { reviewHouseholdWorkflow } from "../../../../../workflows/household"
import { toHouseholdView } from "../../../../utils/household-view"
import { resolveBureauCaller } from "../../../caller"
import type { BureauChangeHouseholdStatusType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<BureauChangeHouseholdStatusType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { result } = await reviewHouseholdWorkflow(req.scope).run({
    input: {
      household_id: req.params.id,
      jurisdiction_code: caller.jurisdiction_code,
      actor_id: caller.id,
      action: "household.status_changed",
      update: {
        status: req.validatedBody.status,
        status_year: req.validatedBody.year,
      },
    },
  })
  res.json({ household: toHouseholdView(result) })
}
