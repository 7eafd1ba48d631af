import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { reviewHouseholdWorkflow } from "../../../../../workflows/household"
import { toHouseholdView } from "../../../../utils/household-view"
import { resolveBureauCaller } from "../../../caller"
import type { BureauVerifyHouseholdType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<BureauVerifyHouseholdType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { decision, note } = req.validatedBody
  const { result } = await reviewHouseholdWorkflow(req.scope).run({
    input: {
      household_id: req.params.id,
      jurisdiction_code: caller.jurisdiction_code,
      actor_id: caller.id,
      action:
        decision === "verified" ? "household.verified" : "household.rejected",
      update: { verification: decision, verification_note: note ?? null },
    },
  })
  res.json({ household: toHouseholdView(result) })
}
