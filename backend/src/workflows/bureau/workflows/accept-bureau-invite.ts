import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { redeemBureauInviteStep } from "../steps/redeem-bureau-invite"

// Binds a freshly registered emailpass identity to the invited reviewer.
export const acceptBureauInviteWorkflow = createWorkflow(
  "accept-bureau-invite",
  (input: { auth_identity_id: string; email: string; token: string }) => {
    const user = redeemBureauInviteStep({
      token: input.token,
      email: input.email,
    })
    const metadata = transform({ input, user }, ({ input, user }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "bureau_user",
      value: user.id,
    }))
    setAuthAppMetadataStep(metadata)
    return new WorkflowResponse(user)
  }
)
