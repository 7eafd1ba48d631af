import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { jurisdictionPattern } from "@tianfu/domain"
import { AuditEntry } from "./models/audit-entry"

export type AuditFacets = {
  actions: string[]
  resource_types: string[]
  actors: { actor_type: string; actor_id: string }[]
}

class AuditModuleService extends MedusaService({ AuditEntry }) {
  // What a reviewer can pick from when filtering their jurisdiction's log:
  // the actions, kinds of object and actors that occur in it. DISTINCT
  // over the (county_code, created_at) index; a county's log has a few
  // dozen actors and actions however long it grows.
  @InjectManager()
  async auditFacets(
    jurisdictionCode: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AuditFacets> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const scoped = () =>
      knex("audit_entry")
        .whereNull("deleted_at")
        .where("county_code", "like", jurisdictionPattern(jurisdictionCode))
    const [actions, resourceTypes, actors] = await Promise.all([
      scoped().distinct("action").orderBy("action").pluck("action"),
      scoped()
        .distinct("resource_type")
        .orderBy("resource_type")
        .pluck("resource_type"),
      scoped()
        .distinct("actor_type", "actor_id")
        .orderBy(["actor_type", "actor_id"])
        .limit(500),
    ])
    return { actions, resource_types: resourceTypes, actors }
  }
}

export default AuditModuleService
