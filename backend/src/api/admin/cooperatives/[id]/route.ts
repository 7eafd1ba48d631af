import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCooperativeView } from "../../../utils/cooperative-view"
import { nameObjects } from "../../../utils/name-objects"

// One cooperative with its history of approval: registration, approvals,
// suspensions and reinstatements, who decided (named) and why, oldest
// first. An unknown cooperative is a 404 (query.graph's own).
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [
    {
      data: [cooperative],
    },
    { data: entries },
  ] = await Promise.all([
    query.graph(
      { entity: "cooperative", fields: ["*"], filters: { id: req.params.id } },
      { throwIfKeyNotFound: true }
    ),
    query.graph({
      entity: "audit_entry",
      fields: ["id", "actor_type", "actor_id", "action", "after", "created_at"],
      filters: {
        resource_type: "cooperative",
        resource_id: req.params.id,
        action: [
          "cooperative.registered",
          "cooperative.approved",
          "cooperative.suspended",
        ],
      },
      pagination: { order: { created_at: "ASC" } },
    }),
  ])
  const names = await nameObjects(
    req.scope,
    entries.map((e) => ({ type: e.actor_type, id: e.actor_id }))
  )
  res.json({
    cooperative: toCooperativeView(cooperative),
    history: entries.map((e) => ({
      action: e.action,
      actor_type: e.actor_type,
      actor_name: names.get(`${e.actor_type}:${e.actor_id}`) ?? null,
      reason:
        (e.after as { status_reason?: string } | null)?.status_reason ?? null,
      created_at: e.created_at,
    })),
  })
}
