import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBureauUserWorkflow } from "../../../workflows/bureau"
import type { AdminCreateBureauUserType } from "./validators"

const FIELDS = [
  "id",
  "email",
  "name",
  "jurisdiction_code",
  "invite_expires_at",
  "created_at",
]

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: bureau_users } = await query.graph({
    entity: "bureau_user",
    fields: FIELDS,
    pagination: { order: { created_at: "DESC" } },
  })
  res.json({ bureau_users, count: bureau_users.length })
}

// The invite token is in this response only; send it to the reviewer, who
// registers at /auth/bureau_user/emailpass/register and redeems it.
export const POST = async (
  req: MedusaRequest<AdminCreateBureauUserType>,
  res: MedusaResponse
) => {
  const { result } = await createBureauUserWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  const { user, invite_token } = result
  res.status(201).json({
    bureau_user: Object.fromEntries(
      FIELDS.map((f) => [f, (user as Record<string, unknown>)[f]])
    ),
    invite_token,
  })
}
