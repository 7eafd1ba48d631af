import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { acceptBureauInviteWorkflow } from "../../../../workflows/bureau"
import {
  refuseIfRegistered,
  registeredEmail,
} from "../../../utils/auth-identity"
import type { BureauAcceptInviteType } from "../validators"

// With a token from POST /auth/bureau_user/emailpass/register: binds it to
// the invited reviewer whose email matches. Log in again afterwards.
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauAcceptInviteType>,
  res: MedusaResponse
) => {
  refuseIfRegistered(req)
  const { authIdentityId, email } = await registeredEmail(req)
  const { result } = await acceptBureauInviteWorkflow(req.scope).run({
    input: {
      auth_identity_id: authIdentityId,
      email,
      token: req.validatedBody.token,
    },
  })
  res.json({
    bureau_user: {
      id: result.id,
      email: result.email,
      jurisdiction_code: result.jurisdiction_code,
    },
  })
}
