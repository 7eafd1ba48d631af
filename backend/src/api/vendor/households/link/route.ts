import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { idNumberHash } from "../../../../lib/provenance/household-identity"
import { linkHouseholdWorkflow } from "../../../../workflows/household"
import {
  HOUSEHOLD_VIEW_FIELDS,
  toHouseholdView,
} from "../../../utils/household-view"
import { resolveVendorCaller } from "../../caller"
import type { VendorLinkHouseholdType } from "../validators"

// Adds an already registered household as a member, given proof of identity.
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorLinkHouseholdType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { result } = await linkHouseholdWorkflow(req.scope).run({
    input: {
      cooperative_id: caller.cooperative.id,
      actor_id: caller.user.id,
      registry_number: req.validatedBody.registry_number,
      id_number_hash: idNumberHash(req.validatedBody.id_number),
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [household],
  } = await query.graph({
    entity: "household",
    fields: HOUSEHOLD_VIEW_FIELDS,
    filters: { id: result.id },
  })
  res.json({ household: toHouseholdView(household) })
}
