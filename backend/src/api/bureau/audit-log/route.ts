import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { jurisdictionFilter } from "@tianfu/domain"
import { resolveBureauCaller } from "../caller"
import { nameObjects } from "../../utils/name-objects"
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
// first, each with its actor, object and cooperative named (households by
// registry number). Entries were masked when written; nothing here is
// decrypted.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauGetAuditLogParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const {
    actor_type,
    actor_id,
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
      ...(actor_id ? { actor_id } : {}),
      ...(action ? { action } : {}),
      ...(resource_type ? { resource_type } : {}),
      ...(resource_id ? { resource_id } : {}),
      ...created,
    },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const names = await nameObjects(
    req.scope,
    data.flatMap((entry) => [
      { type: entry.actor_type, id: entry.actor_id },
      { type: entry.resource_type, id: entry.resource_id },
      ...(entry.cooperative_id
        ? [{ type: "cooperative", id: entry.cooperative_id }]
        : []),
    ])
  )
  const named = (type: string, id: string | null) =>
    id ? (names.get(`${type}:${id}`) ?? null) : null
  res.json({
    audit_entries: data.map((entry) => ({
      ...entry,
      actor_name: named(entry.actor_type, entry.actor_id),
      resource_name: named(entry.resource_type, entry.resource_id),
      cooperative_name: named("cooperative", entry.cooperative_id),
    })),
    count: metadata?.count ?? 0,
    offset,
    limit,
  })
}
