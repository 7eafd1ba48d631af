import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Readable } from "node:stream"
import { Household } from "./models/household"
import { HouseholdJoinRequest } from "./models/join-request"
import { type HouseholdReport, householdReportRows } from "./read-model"

class HouseholdModuleService extends MedusaService({
  Household,
  HouseholdJoinRequest,
}) {
  // One page of a household report (see read-model.ts) and its row count.
  @InjectManager()
  async householdReportPage(
    report: HouseholdReport,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: Record<string, unknown>[]; count: number }> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = householdReportRows(knex, report)
    const [found, counted] = await Promise.all([
      rows.clone().limit(page.limit).offset(page.offset),
      knex
        .count({ count: "*" })
        .from(rows.clone().clearOrder().as("q"))
        .first(),
    ])
    return {
      rows: found as Record<string, unknown>[],
      count: Number((counted as { count?: string | number })?.count ?? 0),
    }
  }

  // Every row of a household report, in order, from a server-side cursor.
  @InjectManager()
  async householdReportStream(
    report: HouseholdReport,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Readable> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    return householdReportRows(knex, report).stream({ highWaterMark: 500 })
  }
}

export default HouseholdModuleService
