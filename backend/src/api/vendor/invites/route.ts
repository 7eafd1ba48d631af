import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inviteCooperativeUserWorkflow } from "../../../workflows/cooperative"
import { resolveVendorCaller } from "../caller"
import type {
  VendorCreateInviteType,
  VendorGetInvitesParamsType,
} from "./validators"

// The cooperative's invitations not yet accepted, newest first (expired ones
// too, so the owner sees who never came); never a token or its hash.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetInvitesParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { limit = 50, offset = 0 } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "cooperative_invite",
    fields: ["id", "email", "expires_at", "created_at"],
    filters: { cooperative_id: caller.cooperative.id, accepted_at: null },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ invites: data, count: metadata?.count ?? 0, offset, limit })
}

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
