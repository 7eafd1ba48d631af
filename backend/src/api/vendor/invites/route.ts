import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { inviteCooperativeUserWorkflow } from "../../../workflows/cooperative"
import { resolveVendorCaller } from "../caller"
import type { VendorCreateInviteType } from "./validators"

// The token is in this response only; the colleague registers with the
// invited email at /auth/cooperative_user/emailpass/register and redeems it.
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorCreateInviteType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { result } = await inviteCooperativeUserWorkflow(req.scope).run({
    input: {
      cooperative_id: caller.cooperative.id,
      actor_id: caller.user.id,
      role: caller.user.role,
      email: req.validatedBody.email,
    },
  })
  res.status(201).json({
    invite: {
      id: result.invite.id,
      email: result.invite.email,
      expires_at: result.invite.expires_at,
    },
    token: result.token,
  })
}
