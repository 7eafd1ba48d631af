import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveVendorCaller } from "../caller"
import type { VendorGetUsersParamsType } from "./validators"

// The cooperative's staff, owners first; no other cooperative's users.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetUsersParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { limit = 50, offset = 0 } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "cooperative_user",
    fields: ["id", "email", "first_name", "last_name", "role", "created_at"],
    filters: { cooperative_id: caller.cooperative.id },
    pagination: {
      skip: offset,
      take: limit,
      order: { role: "DESC", email: "ASC" },
    },
  })
  res.json({ users: data, count: metadata?.count ?? 0, offset, limit })
}
