import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { acceptCooperativeInviteWorkflow } from "../../../../workflows/cooperative"
import {
  refuseIfRegistered,
  registeredEmail,
} from "../../../utils/auth-identity"
import type { VendorAcceptInviteType } from "../validators"

// With a token from POST /auth/cooperative_user/emailpass/register. Log in
// again afterwards to get a token that carries the new membership.
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorAcceptInviteType>,
  res: MedusaResponse
) => {
  refuseIfRegistered(req)
  const { authIdentityId, email } = await registeredEmail(req)
  const { result } = await acceptCooperativeInviteWorkflow(req.scope).run({
    input: { auth_identity_id: authIdentityId, email, ...req.validatedBody },
  })
  res.json({ user: { id: result.id, email: result.email, role: result.role } })
}
