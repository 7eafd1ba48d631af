import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { jurisdictionFilter } from "@tianfu/domain"
import { resolveBureauCaller } from "../caller"
import type { BureauGetAuditLogParamsType } from "./validators"

const FIELDS = [
  "id",
  "actor_type",
  "actor_id",
  "action",
  "resource_type",
  "resource_id",
  "cooperative_id",
  "county_code",
  "before",
  "after",
  "created_at",
]

// Every vendor and bureau write touching the reviewer's jurisdiction, newest
// first. Entries were masked when written; nothing here is decrypted.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauGetAuditLogParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const {
    actor_type,
    action,
    resource_type,
    resource_id,
    from,
    to,
    limit = 50,
    offset = 0,
  } = req.validatedQuery
  const created =
    from || to
      ? {
          created_at: {
            ...(from ? { $gte: from } : {}),
            ...(to ? { $lte: to } : {}),
          },
        }
      : {}
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "audit_entry",
    fields: FIELDS,
    filters: {
      county_code: jurisdictionFilter(caller.jurisdiction_code),
      ...(actor_type ? { actor_type } : {}),
      ...(action ? { action } : {}),
      ...(resource_type ? { resource_type } : {}),
      ...(resource_id ? { resource_id } : {}),
      ...created,
    },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ audit_entries: data, count: metadata?.count ?? 0, offset, limit })
}
