import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../../modules/audit"
import type AuditModuleService from "../../../../modules/audit/service"
import { resolveBureauCaller } from "../../caller"
import { nameObjects } from "../../../utils/name-objects"

// What the audit log's filters offer: the actions, kinds of object and
// actors (named) that occur in the reviewer's jurisdiction, so a reviewer
// picks from lists instead of typing codes.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const audit: AuditModuleService = req.scope.resolve(AUDIT_MODULE)
  const facets = await audit.auditFacets(caller.jurisdiction_code)
  const names = await nameObjects(
    req.scope,
    facets.actors.map((a) => ({ type: a.actor_type, id: a.actor_id }))
  )
  res.json({
    facets: {
      actions: facets.actions,
      resource_types: facets.resource_types,
      actors: facets.actors
        .map((actor) => ({
          ...actor,
          name: names.get(`${actor.actor_type}:${actor.actor_id}`) ?? null,
        }))
        .sort((a, b) =>
          (a.name ?? a.actor_id).localeCompare(b.name ?? b.actor_id, "zh-CN")
        ),
    },
  })
}
