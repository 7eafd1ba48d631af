import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { protectPhone } from "../../../../lib/provenance/household-identity"
import { updateHouseholdWorkflow } from "../../../../workflows/household"
import { toHouseholdView } from "../../../utils/household-view"
import { resolveVendorCaller } from "../../caller"
import { memberHousehold } from "../member-household"
import type { VendorUpdateHouseholdType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const household = await memberHousehold(req, caller, req.params.id)
  res.json({ household: toHouseholdView(household, { memberName: true }) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<VendorUpdateHouseholdType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { phone, ...fields } = req.validatedBody
  const { result } = await updateHouseholdWorkflow(req.scope).run({
    input: {
      cooperative_id: caller.cooperative.id,
      actor_id: caller.user.id,
      update: {
        id: req.params.id,
        ...fields,
        ...(phone !== undefined ? protectPhone(phone) : {}),
      },
    },
  })
  res.json({ household: toHouseholdView(result, { memberName: true }) })
}
