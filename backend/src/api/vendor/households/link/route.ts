import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { idNumberHash } from "../../../../lib/provenance/household-identity"
import { requestHouseholdJoinWorkflow } from "../../../../workflows/household"
import { requireApproved, resolveVendorCaller } from "../../caller"
import { toJoinRequestView } from "../join-request-view"
import type { VendorLinkHouseholdType } from "../validators"

// Asks to count an already registered household among the cooperative's
// members, with its registry number and head's ID number as proof. The
// answer is the same 202 whether or not they match a household: the
// household's county reviewer decides (GET/POST /bureau/household-join-requests).
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorLinkHouseholdType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const { result } = await requestHouseholdJoinWorkflow(req.scope).run({
    input: {
      cooperative_id: caller.cooperative.id,
      cooperative_county: caller.cooperative.county_code,
      actor_id: caller.user.id,
      registry_number: req.validatedBody.registry_number,
      id_number_hash: idNumberHash(req.validatedBody.id_number),
    },
  })
  res.status(202).json({ join_request: toJoinRequestView(result) })
}
