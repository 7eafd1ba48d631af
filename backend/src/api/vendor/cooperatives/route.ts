import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { registerCooperativeWorkflow } from "../../../workflows/cooperative"
import { refuseIfRegistered, registeredEmail } from "../../utils/auth-identity"
import { toCooperativeView } from "../../utils/cooperative-view"
import type { VendorRegisterCooperativeType } from "./validators"

// Self-registration with a token from POST /auth/cooperative_user/emailpass/register.
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorRegisterCooperativeType>,
  res: MedusaResponse
) => {
  refuseIfRegistered(req)
  const { authIdentityId, email } = await registeredEmail(req)
  const { first_name, last_name, ...cooperative } = req.validatedBody
  const { result } = await registerCooperativeWorkflow(req.scope).run({
    input: {
      auth_identity_id: authIdentityId,
      email,
      first_name,
      last_name,
      cooperative,
    },
  })
  res.status(201).json({ cooperative: toCooperativeView(result.cooperative) })
}
