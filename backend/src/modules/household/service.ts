import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { jurisdictionPattern } from "@tianfu/domain"
import { Readable } from "node:stream"
import { Household } from "./models/household"
import { HouseholdJoinRequest } from "./models/join-request"
import {
  HouseholdOtherIncome,
  RegistryImport,
  RegistryImportError,
} from "./models/registry"
import {
  type CoverageQuery,
  type CoverageRow,
  coverageRows,
  type HouseholdReport,
  householdReportRows,
} from "./read-model"

// A household that is no registered poor household (the migration's
// partial index uses the same condition).
export const UNVERIFIED =
  "(verification <> 'verified' or deleted_at is not null)"

// The columns a registry row sets on a household.
export const REGISTRY_COLUMNS = [
  "registry_number",
  "county_code",
  "township",
  "village",
  "head_name",
  "id_number_encrypted",
  "id_number_hash",
  "id_number_masked",
  "phone_encrypted",
  "phone_masked",
  "member_count",
  "members",
  "poverty_cause",
  "status",
  "status_year",
  "year_identified",
  "dual_support",
  "registry_fingerprint",
] as const

// A member as stored (household.members): relation to the head and the
// ID protected as the head's is.
export type StoredMember = {
  relation: string
  id_number_encrypted: string
  id_number_hash: string
  id_number_masked: string
}

export type RegistryHousehold = {
  [K in (typeof REGISTRY_COLUMNS)[number]]: K extends "members"
    ? StoredMember[] | null
    : K extends "dual_support"
      ? boolean | null
      : string | number | null
}

export type RegistryIncome = {
  household_id: string
  year: number
  wage: number
  transfer: number
  property: number
}

// One batch of an import, decided by the caller: households to create,
// households to update (their id and the new values), households the file
// listed unchanged, and income per year.
export type RegistryBatch = {
  import_id: string
  creates: (RegistryHousehold & { id: string })[]
  updates: (RegistryHousehold & { id: string })[]
  unchanged: string[]
  incomes: {
    registry_number: string
    year: number
    wage: number
    transfer: number
    property: number
  }[]
}

// What undoes a batch: the households it created, the columns of those it
// updated as they were, the income rows as they were.
export type RegistryUndo = {
  created: string[]
  previous: Record<string, unknown>[]
  incomes_before: {
    registry_number: string
    year: number
    row: RegistryIncome | null
  }[]
}

class HouseholdModuleService extends MedusaService({
  Household,
  HouseholdJoinRequest,
  RegistryImport,
  RegistryImportError,
  HouseholdOtherIncome,
}) {
  // Writes one batch of a registry import in one transaction: every
  // household it names ends verified, from the registry, listed by this
  // import and no longer missing. Answers what undoes it.
  @InjectTransactionManager()
  async writeRegistryBatch(
    batch: RegistryBatch,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RegistryUndo> {
    const em = sharedContext.transactionManager as SqlEntityManager
    const columns = REGISTRY_COLUMNS.join(", ")
    const previous: Record<string, unknown>[] = batch.updates.length
      ? await em.execute(
          `select id, ${columns}, source, verification, verification_note,
                  registry_import_id, registry_missing_since
             from household where id in (select jsonb_array_elements_text(?::jsonb)) for update`,
          [JSON.stringify(batch.updates.map((u) => u.id))]
        )
      : []
    const rows = [...batch.creates, ...batch.updates].map((h) => ({
      ...h,
      source: "registry",
      verification: "verified",
      verification_note: "registry",
      registry_import_id: batch.import_id,
    }))
    if (batch.creates.length) {
      await em.execute(
        `insert into household (id, ${columns}, source, verification,
                                verification_note, registry_import_id)
         select id, ${columns}, source, verification, verification_note,
                registry_import_id
           from jsonb_populate_recordset(null::household, ?::jsonb)`,
        [JSON.stringify(rows.slice(0, batch.creates.length))]
      )
    }
    if (batch.updates.length) {
      const set = [
        ...REGISTRY_COLUMNS,
        "source",
        "verification",
        "verification_note",
        "registry_import_id",
      ]
        .map((c) => `${c} = r.${c}`)
        .join(", ")
      await em.execute(
        `update household h set ${set}, registry_missing_since = null,
                updated_at = now()
           from jsonb_populate_recordset(null::household, ?::jsonb) r
          where h.id = r.id`,
        [JSON.stringify(rows.slice(batch.creates.length))]
      )
    }
    if (batch.unchanged.length) {
      await em.execute(
        `update household set registry_import_id = ?,
                registry_missing_since = null
          where id in (select jsonb_array_elements_text(?::jsonb))`,
        [batch.import_id, JSON.stringify(batch.unchanged)]
      )
    }
    const incomesBefore: RegistryUndo["incomes_before"] = []
    if (batch.incomes.length) {
      const keyed: {
        registry_number: string
        household_id: string
        year: number
        row: RegistryIncome | null
      }[] = await em.execute(
        `select k.registry_number, h.id as household_id, k.year,
                  to_jsonb(i) - 'created_at' - 'updated_at' - 'deleted_at' as row
             from jsonb_to_recordset(?::jsonb) as k(registry_number text, year integer)
             join household h on h.registry_number = k.registry_number
             left join household_other_income i
               on i.household_id = h.id and i.year = k.year
              and i.deleted_at is null`,
        [
          JSON.stringify(
            batch.incomes.map((i) => ({
              registry_number: i.registry_number,
              year: i.year,
            }))
          ),
        ]
      )
      const householdOf = new Map(
        keyed.map((k) => [k.registry_number, k.household_id])
      )
      incomesBefore.push(
        ...keyed.map(({ registry_number, year, row }) => ({
          registry_number,
          year,
          row,
        }))
      )
      await em.execute(
        `insert into household_other_income
           (id, household_id, year, wage, transfer, property)
         select id, household_id, year, wage, transfer, property
           from jsonb_to_recordset(?::jsonb)
             as r(id text, household_id text, year integer, wage integer,
                  transfer integer, property integer)
         on conflict (household_id, year) where deleted_at is null
         do update set wage = excluded.wage, transfer = excluded.transfer,
                       property = excluded.property, updated_at = now()`,
        [
          JSON.stringify(
            batch.incomes.map((i) => ({
              id: generateEntityId(undefined, "hhinc"),
              household_id: householdOf.get(i.registry_number),
              year: i.year,
              wage: i.wage,
              transfer: i.transfer,
              property: i.property,
            }))
          ),
        ]
      )
    }
    return {
      created: batch.creates.map((c) => c.id),
      previous,
      incomes_before: incomesBefore,
    }
  }

  // Puts a batch back as it was (its workflow failed after writing it).
  @InjectTransactionManager()
  async undoRegistryBatch(
    undo: RegistryUndo,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const em = sharedContext.transactionManager as SqlEntityManager
    for (const { registry_number, year, row } of undo.incomes_before) {
      if (row) {
        await em.execute(
          `update household_other_income set wage = ?, transfer = ?,
                  property = ? where id = ?`,
          [
            row.wage,
            row.transfer,
            row.property,
            (row as unknown as { id: string }).id,
          ]
        )
      } else {
        await em.execute(
          `delete from household_other_income i using household h
            where i.household_id = h.id and h.registry_number = ?
              and i.year = ?`,
          [registry_number, year]
        )
      }
    }
    if (undo.previous.length) {
      const set = [
        ...REGISTRY_COLUMNS,
        "source",
        "verification",
        "verification_note",
        "registry_import_id",
        "registry_missing_since",
      ]
        .map((c) => `${c} = r.${c}`)
        .join(", ")
      await em.execute(
        `update household h set ${set}
           from jsonb_populate_recordset(null::household, ?::jsonb) r
          where h.id = r.id`,
        [JSON.stringify(undo.previous)]
      )
    }
    if (undo.created.length) {
      await em.execute(
        `delete from household where id in (select jsonb_array_elements_text(?::jsonb))`,
        [JSON.stringify(undo.created)]
      )
    }
  }

  // After a whole file: households of the counties it covered, imported
  // from the registry before, that it no longer lists (nor names in a
  // refused row) are marked missing from that moment, never deleted.
  // Answers how many of those counties' households are missing now.
  @InjectTransactionManager()
  async markMissingFromRegistry(
    input: {
      import_id: string
      county_codes: string[]
      listed_elsewhere: string[]
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const em = sharedContext.transactionManager as SqlEntityManager
    if (!input.county_codes.length) return 0
    await em.execute(
      `update household set registry_missing_since = now()
        where county_code in (select jsonb_array_elements_text(?::jsonb)) and source = 'registry'
          and deleted_at is null and registry_missing_since is null
          and registry_import_id is distinct from ?
          and registry_number not in (select jsonb_array_elements_text(?::jsonb))`,
      [
        JSON.stringify(input.county_codes),
        input.import_id,
        JSON.stringify(input.listed_elsewhere),
      ]
    )
    const [{ count }] = await em.execute(
      `select count(*)::int as count from household
        where county_code in (select jsonb_array_elements_text(?::jsonb)) and deleted_at is null
          and registry_missing_since is not null`,
      [JSON.stringify(input.county_codes)]
    )
    return Number(count)
  }

  // The households of a jurisdiction (a GB/T 2260 prefix, "" for all)
  // that are no registered poor household: typed in by a cooperative and
  // not verified against the registry, rejected, or deleted. Every
  // attribution figure counts their shares as "unverified suppliers"; one
  // verified later leaves this list, and its ledger history joins the
  // household figures as it stands. A partial index holds exactly these.
  // `among`: only of these households (an order's suppliers).
  @InjectManager()
  async unverifiedHouseholdIds(
    countyPrefix: string,
    among?: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    if (among && !among.length) return []
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const ids = knex("household")
      .whereRaw(UNVERIFIED)
      .where("county_code", "like", jurisdictionPattern(countyPrefix))
    if (among) ids.whereIn("id", among)
    return ids.pluck("id")
  }

  // The households an aid list names, by registry number or by the keyed
  // hash of the head's ID number, within a jurisdiction: any other is
  // not found, alike whether it exists elsewhere or nowhere.
  @InjectManager()
  async householdsNamed(
    q: {
      county_prefix: string
      registry_numbers: string[]
      id_hashes: string[]
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<
    {
      id: string
      registry_number: string
      id_number_hash: string
      county_code: string
    }[]
  > {
    if (!q.registry_numbers.length && !q.id_hashes.length) return []
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    return knex("household")
      .select("id", "registry_number", "id_number_hash", "county_code")
      .whereNull("deleted_at")
      .where("county_code", "like", jurisdictionPattern(q.county_prefix))
      .where((w) =>
        w
          .whereIn("registry_number", q.registry_numbers)
          .orWhereIn("id_number_hash", q.id_hashes)
      )
  }

  // A county's registered households (verified, on the registry, not
  // deleted) as the oversight rules read them, with the registry's other
  // income of each of `years` (null where it has no row).
  @InjectManager()
  async oversightHouseholds(
    countyCode: string,
    years: number[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<
    {
      id: string
      county_code: string
      township: string
      village: string
      status: "registered" | "lifted" | "monitored" | "returned"
      member_count: number
      dual_support: boolean | null
      other: Record<number, number | null>
    }[]
  > {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    const rows = await knex("household as h")
      .select(
        "h.id",
        "h.county_code",
        "h.township",
        "h.village",
        "h.status",
        "h.member_count",
        "h.dual_support",
        knex.raw(
          `coalesce((select jsonb_object_agg(o.year, o.wage + o.transfer + o.property)
              from household_other_income o
             where o.household_id = h.id and o.deleted_at is null
               and o.year = any(?::int[])), '{}'::jsonb) as other`,
          [years]
        )
      )
      .whereNull("h.deleted_at")
      .whereNull("h.registry_missing_since")
      .where("h.verification", "verified")
      .where("h.county_code", countyCode)
      .orderBy("h.id")
    return rows.map((r: Record<string, unknown>) => {
      const other = r.other as Record<string, number>
      return {
        ...(r as {
          id: string
          county_code: string
          township: string
          village: string
          status: "registered"
        }),
        member_count: Number(r.member_count),
        dual_support: (r.dual_support as boolean | null) ?? null,
        other: Object.fromEntries(
          years.map((y) => [
            y,
            other[y] === undefined ? null : Number(other[y]),
          ])
        ),
      }
    })
  }

  // Coverage per county or township (see read-model.ts): a few hundred
  // rows at most, read whole.
  @InjectManager()
  async coverage(
    q: CoverageQuery,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CoverageRow[]> {
    const knex = (sharedContext.manager as SqlEntityManager).getKnex()
    return (await coverageRows(knex, q)) as CoverageRow[]
  }

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
