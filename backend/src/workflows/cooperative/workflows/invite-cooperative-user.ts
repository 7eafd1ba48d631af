import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep } from "../../audit/steps/record-audit-entry"
import { createCooperativeActor } from "../create-cooperative-actor"
import { createCooperativeInviteStep } from "../steps/create-cooperative-invite"
import { redeemCooperativeInviteStep } from "../steps/redeem-cooperative-invite"

// The owner invites a colleague by email.
export const inviteCooperativeUserWorkflow = createWorkflow(
  "invite-cooperative-user",
  (input: {
    cooperative_id: string
    actor_id: string
    role: "owner" | "member"
    email: string
  }) => {
    const created = createCooperativeInviteStep(input)
    const audit = transform({ input, created }, ({ input, created }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: input.actor_id,
      action: "cooperative_user.invited",
      resource_type: "cooperative_invite",
      resource_id: created.invite.id,
      cooperative_id: input.cooperative_id,
      after: { email: input.email },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(created)
  }
)

// The colleague, signed up with the invited email, becomes a member.
export const acceptCooperativeInviteWorkflow = createWorkflow(
  "accept-cooperative-invite",
  (input: {
    auth_identity_id: string
    email: string
    token: string
    first_name?: string | null
    last_name?: string | null
  }) => {
    const invite = redeemCooperativeInviteStep({
      token: input.token,
      email: input.email,
    })
    const membership = transform({ invite }, ({ invite }) => ({
      cooperative_id: invite.cooperative_id,
      role: "member" as const,
    }))
    const user = createCooperativeActor(input, membership)
    const audit = transform({ invite, user }, ({ invite, user }) => ({
      actor_type: "cooperative_user" as const,
      actor_id: user.id,
      action: "cooperative_user.joined",
      resource_type: "cooperative_user",
      resource_id: user.id,
      cooperative_id: invite.cooperative_id,
      after: { email: user.email, role: user.role },
    }))
    recordAuditEntryStep(audit)
    return new WorkflowResponse(user)
  }
)
