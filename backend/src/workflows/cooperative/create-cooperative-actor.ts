import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createCooperativeUserStep } from "./steps/create-cooperative-user"

// Who signed up: their auth identity and what they told us.
export type CooperativeActorInput = {
  auth_identity_id: string
  email: string
  first_name?: string | null
  last_name?: string | null
}

// Composed into a workflow (as allocateOrderLines is): the cooperative's new
// user, and the signed-up auth identity bound to it as a `cooperative_user`
// actor. The owner at registration and a colleague accepting an invite
// both become users this way; only where the cooperative and role come
// from differs.
export function createCooperativeActor(
  input: WorkflowData<CooperativeActorInput> | CooperativeActorInput,
  membership: WorkflowData<{
    cooperative_id: string
    role: "owner" | "member"
  }>
) {
  const userInput = transform(
    { input, membership },
    ({ input, membership }) => ({
      cooperative_id: membership.cooperative_id,
      email: input.email,
      first_name: input.first_name,
      last_name: input.last_name,
      role: membership.role,
    })
  )
  const user = createCooperativeUserStep(userInput)
  const metadata = transform({ input, user }, ({ input, user }) => ({
    authIdentityId: input.auth_identity_id,
    actorType: "cooperative_user",
    value: user.id,
  }))
  setAuthAppMetadataStep(metadata)
  return user
}
