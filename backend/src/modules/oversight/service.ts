import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Readable } from "node:stream"
import {
  type AidSource,
  DEFAULT_OVERSIGHT_SETTINGS,
  type FoundCase,
  type FoundFlag,
  jurisdictionPattern,
  type OversightAid,
  type OversightSettings,
} from "@tianfu/domain"
import { AidRecord } from "./models/aid-record"
import {
  MonitoringCase,
  OversightComment,
  OversightFlag,
  OversightRun,
  OversightSetting,
  ShockEvent,
} from "./models/oversight"

// An aid record as a batch writes it (the household already resolved).
export type AidInput = {
  household_id: string
  county_code: string
  source_kind: AidSource
  giver: string
  purpose: string
  amount: number
  in_kind: string | null
  given_on: string
  reference: string
}

// What undoes a batch: the records it created, those it changed as they were.
export type AidUndo = {
  created: string[]
  previous: Record<string, unknown>[]
}

export type AidBatchResult = AidUndo & { updated: number; unchanged: number }

const AID_VALUES = ["purpose", "amount", "in_kind"] as const

export type FlagSync = {
  opened: string[]
  reopened: string[]
  cleared: string[]
}

class OversightModuleService extends MedusaService({
  AidRecord,
  OversightSetting,
  OversightRun,
  OversightFlag,
  MonitoringCase,
  ShockEvent,
  OversightComment,
}) {
  // Writes one batch of aid records in one transaction: a record whose key
  // (household, source, giver, reference, day) is new is created; one whose
  // purpose, value or description changed is updated; the rest is left.
  @InjectTransactionManager()
  async writeAidBatch(
    batch: { rows: AidInput[]; import_id: string | null; recorded_by: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AidBatchResult> {
    const em = sharedContext.transactionManager as SqlEntityManager
    if (!batch.rows.length) {
      return { created: [], previous: [], updated: 0, unchanged: 0 }
    }
    const keyed = batch.rows.map((r, i) => ({ ...r, i }))
    const existing: (Record<string, unknown> & { i: number })[] =
      await em.execute(
        `select k.i, a.id, a.purpose, a.amount, a.in_kind, a.import_id,
                a.recorded_by
           from jsonb_to_recordset(?::jsonb)
             as k(i integer, household_id text, source_kind text, giver text,
                  reference text, given_on date)
           join aid_record a
             on a.household_id = k.household_id
            and a.source_kind = k.source_kind and a.giver = k.giver
            and a.reference = k.reference
            and a.given_on = (k.given_on::timestamp at time zone 'UTC')
            and a.deleted_at is null
          for update of a`,
        [JSON.stringify(keyed)]
      )
    const found = new Map(existing.map((e) => [Number(e.i), e]))
    const creates: Record<string, unknown>[] = []
    const updates: Record<string, unknown>[] = []
    const previous: Record<string, unknown>[] = []
    let unchanged = 0
    for (const row of keyed) {
      const before = found.get(row.i)
      if (!before) {
        creates.push({
          ...row,
          id: generateEntityId(undefined, "aid"),
          year: Number(row.given_on.slice(0, 4)),
        })
      } else if (
        AID_VALUES.some((f) => String(before[f] ?? "") !== String(row[f] ?? ""))
      ) {
        updates.push({ ...row, id: before.id })
        previous.push(before)
      } else unchanged++
    }
    const columns = `household_id text, county_code text, source_kind text,
      giver text, purpose text, amount integer, in_kind text, given_on date,
      reference text`
    // A record another writer created since the read above (the same list
    // sent twice at once) is left to it: counted unchanged, not a 500.
    let created: string[] = []
    if (creates.length) {
      const inserted: { id: string }[] = await em.execute(
        `insert into aid_record (id, household_id, county_code, year,
           source_kind, giver, purpose, amount, in_kind, given_on, reference,
           import_id, recorded_by)
         select id, household_id, county_code, year, source_kind, giver,
                purpose, amount, in_kind, (given_on::timestamp at time zone 'UTC'), reference,
                ?, ?
           from jsonb_to_recordset(?::jsonb)
             as r(id text, year integer, ${columns})
         on conflict (household_id, source_kind, giver, reference, given_on)
           where deleted_at is null do nothing
         returning id`,
        [batch.import_id, batch.recorded_by, JSON.stringify(creates)]
      )
      created = inserted.map((r) => r.id)
      unchanged += creates.length - created.length
    }
    if (updates.length) {
      await em.execute(
        `update aid_record a set purpose = r.purpose, amount = r.amount,
                in_kind = r.in_kind, import_id = ?, recorded_by = ?,
                updated_at = now()
           from jsonb_to_recordset(?::jsonb) as r(id text, ${columns})
          where a.id = r.id`,
        [batch.import_id, batch.recorded_by, JSON.stringify(updates)]
      )
    }
    return {
      created,
      previous: previous.map(({ i: _i, ...rest }) => rest),
      updated: updates.length,
      unchanged,
    }
  }

  // Resolves an open flag or closes an open case, only if it is still
  // open: of two reviewers deciding at once, one wins and the other is
  // told (false). The changes are the decision's columns.
  @InjectTransactionManager()
  async decideOpen(
    kind: "flag" | "case",
    id: string,
    changes: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const table = kind === "flag" ? "oversight_flag" : "monitoring_case"
    const columns = Object.keys(changes)
    const rows: { id: string }[] = await em.execute(
      `update ${table} set ${columns.map((c) => `"${c}" = ?`).join(", ")},
              updated_at = now()
        where id = ? and status = 'open' and deleted_at is null
        returning id`,
      [...columns.map((c) => changes[c]), id]
    )
    return rows.length === 1
  }

  // Puts a batch back as it was (its workflow failed after writing it).
  @InjectTransactionManager()
  async undoAidBatch(
    undo: AidUndo,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const em = sharedContext.transactionManager as SqlEntityManager
    if (undo.created.length) {
      await em.execute(
        `delete from aid_record where id in (select jsonb_array_elements_text(?::jsonb))`,
        [JSON.stringify(undo.created)]
      )
    }
    if (undo.previous.length) {
      await em.execute(
        `update aid_record a set purpose = r.purpose, amount = r.amount,
                in_kind = r.in_kind, import_id = r.import_id,
                recorded_by = r.recorded_by
           from jsonb_to_recordset(?::jsonb)
             as r(id text, purpose text, amount integer, in_kind text,
                  import_id text, recorded_by text)
          where a.id = r.id`,
        [JSON.stringify(undo.previous)]
      )
    }
  }

  // The aid records of a county's households in a year, as the rules read
  // them.
  @InjectManager()
  async aidForRules(
    countyCode: string,
    year: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<OversightAid[]> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = await knex("aid_record")
      .select(
        "id",
        "household_id",
        "source_kind",
        "giver",
        "purpose",
        "amount",
        knex.raw(
          `to_char(given_on at time zone 'UTC', 'YYYY-MM-DD') as given_on`
        )
      )
      .where({ county_code: countyCode, year })
      .whereNull("deleted_at")
    return rows as OversightAid[]
  }

  // A household's aid per year and source (fen), for its timeline.
  @InjectManager()
  async aidByYear(
    householdId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<
    { year: number; source_kind: AidSource; amount: number; records: number }[]
  > {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = await knex("aid_record")
      .select(
        "year",
        "source_kind",
        knex.raw("sum(amount)::bigint as amount"),
        knex.raw("count(*)::int as records")
      )
      .where({ household_id: householdId })
      .whereNull("deleted_at")
      .groupBy("year", "source_kind")
      .orderBy(["year", "source_kind"])
    return rows.map((r: Record<string, unknown>) => ({
      year: Number(r.year),
      source_kind: r.source_kind as AidSource,
      amount: Number(r.amount),
      records: Number(r.records),
    }))
  }

  // The settings that hold for a county: its own, else the nearest
  // jurisdiction above it that set some, over the defaults.
  @InjectManager()
  async settingsFor(
    countyCode: string,
    // A jurisdiction whose own settings are left out: what it would have
    // without them (what a reset gives).
    without?: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<OversightSettings> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const prefixes = [2, 4, 6]
      .map((n) => countyCode.slice(0, n))
      .filter((p) => p !== without)
    const rows: { jurisdiction_code: string; settings: object }[] = await knex(
      "oversight_setting"
    )
      .select("jurisdiction_code", "settings")
      .whereIn("jurisdiction_code", prefixes)
      .whereNull("deleted_at")
    // Broadest first, so the county's own win.
    rows.sort((a, b) => a.jurisdiction_code.length - b.jurisdiction_code.length)
    return Object.assign(
      {},
      DEFAULT_OVERSIGHT_SETTINGS,
      ...rows.map((r) => r.settings)
    ) as OversightSettings
  }

  // A jurisdiction's own settings written whole (a key left out is gone:
  // the generated update would merge the JSON and keep it). Answers the
  // row's id and whether it was created.
  @InjectTransactionManager()
  async saveSettings(
    jurisdictionCode: string,
    settings: Record<string, unknown>,
    updatedBy: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string }> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const [row]: { id: string }[] = await em.execute(
      `insert into oversight_setting (id, jurisdiction_code, settings, updated_by)
       values (?, ?, ?::jsonb, ?)
       on conflict (jurisdiction_code) where deleted_at is null
       do update set settings = excluded.settings,
                     updated_by = excluded.updated_by, updated_at = now()
       returning id`,
      [
        generateEntityId(undefined, "ovset"),
        jurisdictionCode,
        JSON.stringify(settings),
        updatedBy,
      ]
    )
    return row
  }

  // Brings a county's flags for a year in line with what the rules found,
  // in one transaction: a new finding opens a flag; an open flag takes the
  // new evidence; a resolved or cleared flag opens again only when its
  // evidence changed; an open flag the rules no longer find is cleared.
  @InjectTransactionManager()
  async syncFlags(
    found: FoundFlag[],
    scope: { county_code: string; year: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<FlagSync> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const existing: {
      id: string
      rule: string
      subject: string
      status: string
      evidence_key: string
    }[] = await em.execute(
      `select id, rule, subject, status, evidence_key from oversight_flag
        where county_code = ? and year = ? and deleted_at is null for update`,
      [scope.county_code, scope.year]
    )
    const byKey = new Map(existing.map((e) => [`${e.rule}|${e.subject}`, e]))
    const seen = new Set<string>()
    const creates: Record<string, unknown>[] = []
    const refreshes: Record<string, unknown>[] = []
    const result: FlagSync = { opened: [], reopened: [], cleared: [] }
    for (const f of found) {
      const key = `${f.rule}|${f.subject}`
      seen.add(key)
      const evidence = { aid_ids: f.aid_ids, figures: f.figures }
      const before = byKey.get(key)
      if (!before) {
        const id = generateEntityId(undefined, "ovflag")
        creates.push({ ...f, id, evidence, year: scope.year })
        result.opened.push(id)
      } else if (before.status === "open") {
        if (before.evidence_key !== f.evidence_key) {
          refreshes.push({
            id: before.id,
            evidence,
            evidence_key: f.evidence_key,
            reopen: false,
          })
        }
      } else if (
        before.evidence_key !== f.evidence_key ||
        before.status === "cleared"
      ) {
        refreshes.push({
          id: before.id,
          evidence,
          evidence_key: f.evidence_key,
          reopen: true,
        })
        result.reopened.push(before.id)
      }
    }
    if (creates.length) {
      await em.execute(
        `insert into oversight_flag (id, rule, year, subject, household_id,
           county_code, township, village, evidence, evidence_key, opened_at)
         select id, rule, year, subject, household_id, county_code, township,
                village, evidence, evidence_key, now()
           from jsonb_to_recordset(?::jsonb)
             as r(id text, rule text, year integer, subject text,
                  household_id text, county_code text, township text,
                  village text, evidence jsonb, evidence_key text)`,
        [JSON.stringify(creates)]
      )
    }
    if (refreshes.length) {
      await em.execute(
        `update oversight_flag f set evidence = r.evidence,
                evidence_key = r.evidence_key, updated_at = now(),
                status = case when r.reopen then 'open' else f.status end,
                reopened_count = f.reopened_count + (case when r.reopen then 1 else 0 end),
                opened_at = case when r.reopen then now() else f.opened_at end,
                resolution = case when r.reopen then null else f.resolution end,
                resolution_note = case when r.reopen then null else f.resolution_note end,
                resolved_by = case when r.reopen then null else f.resolved_by end,
                resolved_at = case when r.reopen then null else f.resolved_at end
           from jsonb_to_recordset(?::jsonb)
             as r(id text, evidence jsonb, evidence_key text, reopen boolean)
          where f.id = r.id`,
        [JSON.stringify(refreshes)]
      )
    }
    const gone = existing
      .filter((e) => e.status === "open" && !seen.has(`${e.rule}|${e.subject}`))
      .map((e) => e.id)
    if (gone.length) {
      await em.execute(
        `update oversight_flag set status = 'cleared', updated_at = now()
          where id in (select jsonb_array_elements_text(?::jsonb))`,
        [JSON.stringify(gone)]
      )
      result.cleared = gone
    }
    return result
  }

  // Opens the monitoring cases the rules found for a county and year: a
  // household with an open case of the category gets the new triggers on
  // it; one whose case of the year was closed on the same evidence is
  // left closed; any other opens a case. Cases are never closed here.
  @InjectTransactionManager()
  async syncCases(
    found: (FoundCase & { village: string })[],
    scope: { county_code: string; year: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ opened: string[] }> {
    const em = sharedContext.transactionManager as SqlEntityManager
    if (!found.length) return { opened: [] }
    const existing: {
      id: string
      household_id: string
      category: string
      status: string
      year: number
      evidence_key: string | null
      triggers: { trigger: string }[]
    }[] = await em.execute(
      `select id, household_id, category, status, year, evidence_key, triggers
         from monitoring_case
        where county_code = ? and deleted_at is null
          and (status = 'open' or year = ?)
          and household_id in (select jsonb_array_elements_text(?::jsonb))
        for update`,
      [
        scope.county_code,
        scope.year,
        JSON.stringify(found.map((f) => f.household_id)),
      ]
    )
    const now = new Date().toISOString()
    const additions: { id: string; added: unknown[]; evidence_key: string }[] =
      []
    const creates: Record<string, unknown>[] = []
    const byHousehold = new Map<string, typeof existing>()
    for (const e of existing) {
      const key = `${e.household_id}|${e.category}`
      byHousehold.set(key, [...(byHousehold.get(key) ?? []), e])
    }
    for (const f of found) {
      const mine = byHousehold.get(`${f.household_id}|${f.category}`) ?? []
      const open = mine.find((e) => e.status === "open")
      const triggers = f.triggers.map((trigger) => ({
        trigger,
        at: now,
        year: scope.year,
        figures: f.figures,
      }))
      if (open) {
        const known = new Set(open.triggers.map((t) => t.trigger))
        const added = triggers.filter((t) => !known.has(t.trigger))
        if (added.length || open.evidence_key !== f.evidence_key) {
          additions.push({ id: open.id, added, evidence_key: f.evidence_key })
        }
        continue
      }
      if (
        mine.some(
          (e) =>
            e.status === "closed" &&
            e.year === scope.year &&
            e.evidence_key === f.evidence_key
        )
      ) {
        continue
      }
      creates.push({
        id: generateEntityId(undefined, "mcase"),
        household_id: f.household_id,
        county_code: f.county_code,
        township: f.township,
        village: f.village,
        category: f.category,
        year: scope.year,
        triggers,
        evidence_key: f.evidence_key,
      })
    }
    if (additions.length) {
      await em.execute(
        `update monitoring_case c set triggers = c.triggers || r.added,
                evidence_key = r.evidence_key, updated_at = now()
           from jsonb_to_recordset(?::jsonb)
             as r(id text, added jsonb, evidence_key text)
          where c.id = r.id`,
        [JSON.stringify(additions)]
      )
    }
    if (creates.length) {
      await em.execute(
        `insert into monitoring_case (id, household_id, county_code, township,
           village, category, year, triggers, evidence_key, opened_at)
         select id, household_id, county_code, township, village, category,
                year, triggers, evidence_key, now()
           from jsonb_to_recordset(?::jsonb)
             as r(id text, household_id text, county_code text,
                  township text, village text, category text, year integer,
                  triggers jsonb, evidence_key text)`,
        [JSON.stringify(creates)]
      )
    }
    const opened = creates.map((c) => c.id as string)
    return { opened }
  }

  // A shock event and the sudden-hardship case it opens (or joins, when
  // the household has one open), in one transaction. Answers both ids.
  @InjectTransactionManager()
  async recordShock(
    event: {
      household_id: string
      county_code: string
      township: string
      village: string
      kind: string
      occurred_on: string
      description: string | null
      reported_by_type: "bureau_user" | "cooperative_user"
      reported_by_id: string
      cooperative_id: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ shock_id: string; case_id: string; case_opened: boolean }> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const shockId = generateEntityId(undefined, "shock")
    const trigger = {
      trigger: "shock",
      at: new Date().toISOString(),
      year: Number(event.occurred_on.slice(0, 4)),
      shock_event_id: shockId,
      kind: event.kind,
    }
    const [open]: { id: string }[] = await em.execute(
      `select id from monitoring_case where household_id = ?
          and category = 'sudden_hardship' and status = 'open'
          and deleted_at is null for update`,
      [event.household_id]
    )
    let caseId = open?.id
    if (caseId) {
      await em.execute(
        `update monitoring_case set triggers = triggers || ?::jsonb,
                updated_at = now() where id = ?`,
        [JSON.stringify([trigger]), caseId]
      )
    } else {
      caseId = generateEntityId(undefined, "mcase")
      await em.execute(
        `insert into monitoring_case (id, household_id, county_code, township,
           village, category, year, triggers, evidence_key, opened_at)
         values (?, ?, ?, ?, ?, 'sudden_hardship', ?, ?::jsonb, ?, now())`,
        [
          caseId,
          event.household_id,
          event.county_code,
          event.township,
          event.village,
          trigger.year,
          JSON.stringify([trigger]),
          `shock:${shockId}`,
        ]
      )
    }
    await em.execute(
      `insert into shock_event (id, household_id, county_code, kind,
         occurred_on, description, reported_by_type, reported_by_id,
         cooperative_id, case_id)
       values (?, ?, ?, ?, (?::date::timestamp at time zone 'UTC'), ?, ?, ?, ?, ?)`,
      [
        shockId,
        event.household_id,
        event.county_code,
        event.kind,
        event.occurred_on,
        event.description,
        event.reported_by_type,
        event.reported_by_id,
        event.cooperative_id,
        caseId,
      ]
    )
    return { shock_id: shockId, case_id: caseId, case_opened: !open }
  }

  // Undoes recordShock (its workflow failed after it).
  @InjectTransactionManager()
  async undoShock(
    undo: { shock_id: string; case_id: string; case_opened: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const em = sharedContext.transactionManager as SqlEntityManager
    await em.execute(`delete from shock_event where id = ?`, [undo.shock_id])
    if (undo.case_opened) {
      await em.execute(`delete from monitoring_case where id = ?`, [
        undo.case_id,
      ])
    } else {
      await em.execute(
        `update monitoring_case
            set triggers = (select coalesce(jsonb_agg(t), '[]'::jsonb)
                              from jsonb_array_elements(triggers) t
                             where t->>'shock_event_id' is distinct from ?)
          where id = ?`,
        [undo.shock_id, undo.case_id]
      )
    }
  }

  // Every item of a queue in order (oldest open first), from a server-side
  // cursor: the CSV of a province's queue without paging through it.
  // `filters` are the queue's own (see the bureau's queueFilters): column
  // values, a county prefix as { $like }, opened_at as { $lt }, null.
  @InjectManager()
  async queueStream(
    kind: "flag" | "case",
    filters: Record<string, unknown>,
    columns: readonly string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Readable> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = knex(kind === "flag" ? "oversight_flag" : "monitoring_case")
      .select([...columns])
      .whereNull("deleted_at")
      .orderBy(["opened_at", "id"])
    for (const [column, value] of Object.entries(filters)) {
      const operator = value as { $like?: string; $lt?: Date } | null
      if (value === null) rows.whereNull(column)
      else if (operator && typeof operator === "object" && "$like" in operator)
        rows.where(column, "like", operator.$like as string)
      else if (operator && typeof operator === "object" && "$lt" in operator)
        rows.where(column, "<", operator.$lt as Date)
      else rows.where(column, value as string | number)
    }
    return rows.stream({ highWaterMark: 500 })
  }

  // Flags and cases per county (or township) of a jurisdiction: by rule
  // and status, by category and status.
  @InjectManager()
  async oversightSummary(
    q: {
      county_prefix: string
      county_code?: string
      year?: number
      group_by: "county" | "township"
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<
    {
      county_code: string
      township: string | null
      kind: "flag" | "case"
      name: string
      status: string
      count: number
    }[]
  > {
    const em = sharedContext.manager as SqlEntityManager
    const township = q.group_by === "township" ? "township" : "null::text"
    const where = `deleted_at is null and county_code like ?
      ${q.county_code ? "and county_code = ?" : ""}
      ${q.year ? "and year = ?" : ""}`
    const args = [
      jurisdictionPattern(q.county_prefix),
      ...(q.county_code ? [q.county_code] : []),
      ...(q.year ? [q.year] : []),
    ]
    const rows: Record<string, unknown>[] = await em.execute(
      `select county_code, ${township} as township, 'flag' as kind,
              rule as name, status, count(*)::int as count
         from oversight_flag where ${where}
        group by 1, 2, 4, 5
       union all
       select county_code, ${township} as township, 'case' as kind,
              category as name, status, count(*)::int as count
         from monitoring_case where ${where}
        group by 1, 2, 4, 5
       order by 1, 2, 3, 4, 5`,
      [...args, ...args]
    )
    return rows.map((r: Record<string, unknown>) => ({
      county_code: r.county_code as string,
      township: (r.township as string | null) ?? null,
      kind: r.kind as "flag" | "case",
      name: r.name as string,
      status: r.status as string,
      count: Number(r.count),
    }))
  }
}

export default OversightModuleService
