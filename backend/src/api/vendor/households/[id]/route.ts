import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { protectPhone } from "../../../../lib/provenance/household-identity"
import { updateHouseholdWorkflow } from "../../../../workflows/household"
import {
  HOUSEHOLD_VIEW_FIELDS,
  toHouseholdView,
} from "../../../utils/household-view"
import { resolveVendorCaller } from "../../caller"
import type { VendorUpdateHouseholdType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [household],
  } = await query.graph({
    entity: "household",
    fields: [...HOUSEHOLD_VIEW_FIELDS, "cooperatives.id"],
    filters: { id: req.params.id },
  })
  const member = (household?.cooperatives ?? []).some(
    (c: { id: string } | null) => c?.id === caller.cooperative.id
  )
  if (!member) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Household ${req.params.id} was not found`
    )
  }
  res.json({ household: toHouseholdView(household) })
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
  res.json({ household: toHouseholdView(result) })
}
