import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import { maskName, type RegistryRowError } from "@tianfu/domain"
import {
  decryptPersonalData,
  hashPersonalData,
} from "../../../lib/provenance/personal-data"
import { personalDataKeys } from "../../../lib/provenance/household-identity"
import type {
  ProtectedMember,
  ProtectedRegistryRow,
} from "../../../lib/registry/protect-row"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import type {
  RegistryBatch,
  RegistryHousehold,
} from "../../../modules/household/service"

// Fields an audit entry names when a row changes a household, as shown
// (the head's name masked, the phone by its masked copy).
const COMPARED = [
  "county_code",
  "township",
  "village",
  "head_name",
  "member_count",
  "poverty_cause",
  "status",
  "status_year",
  "year_identified",
] as const

export type RegistryBatchResult = {
  created: number
  updated: number
  unchanged: number
  errors: RegistryRowError[]
  // One per household a row changed: the changed fields before and after.
  changes: {
    household_id: string
    county_code: string
    before: Record<string, unknown>
    after: Record<string, unknown>
  }[]
}

const shown = (field: string, value: unknown) =>
  field === "head_name" && typeof value === "string" ? maskName(value) : value

// One batch of a registry file (rows already checked and protected at the
// edge), matched against the households on file by registry number and by
// the keyed hash of the head's ID: a new household is created, a changed
// one updated, an unchanged one only marked as listed. A registry number
// on file with another ID, an ID on file under another number, or a
// household of a county outside the reviewer's jurisdiction is a row
// error. Every household written ends verified, from the registry.
export const importRegistryBatchStep = createStep(
  "apply-registry-batch",
  async (
    input: {
      import_id: string
      jurisdiction_code: string
      rows: ProtectedRegistryRow[]
    },
    { container }
  ) => {
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    const keys = personalDataKeys()
    const onFile = await households.listHouseholds(
      {
        $or: [
          { registry_number: input.rows.map((r) => r.registry_number) },
          { id_number_hash: input.rows.map((r) => r.id_number_hash) },
        ],
      },
      { take: null }
    )
    const byNumber = new Map(onFile.map((h) => [h.registry_number, h]))
    const byHash = new Map(onFile.map((h) => [h.id_number_hash, h]))
    const result: RegistryBatchResult = {
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [],
      changes: [],
    }
    const batch: RegistryBatch = {
      import_id: input.import_id,
      creates: [],
      updates: [],
      unchanged: [],
      incomes: [],
    }
    const fail = (row: ProtectedRegistryRow, field: string, reason: string) =>
      result.errors.push({ row: row.line, field, reason })
    for (const row of input.rows) {
      const household = byNumber.get(row.registry_number)
      const holder = byHash.get(row.id_number_hash)
      if (
        household &&
        !household.county_code.startsWith(input.jurisdiction_code)
      ) {
        fail(
          row,
          "registry_number",
          "belongs to a household outside your jurisdiction"
        )
        continue
      }
      if (household && household.id_number_hash !== row.id_number_hash) {
        fail(
          row,
          "id_number",
          "does not match the head's ID number on file for this registry number"
        )
        continue
      }
      if (!household && holder) {
        fail(row, "id_number", "is on file under another registry number")
        continue
      }
      const values: RegistryHousehold = {
        registry_number: row.registry_number,
        county_code: row.county_code,
        township: row.township,
        village: row.village,
        head_name: row.head_name,
        id_number_encrypted: row.id_number_encrypted,
        id_number_hash: row.id_number_hash,
        id_number_masked: row.id_number_masked,
        phone_encrypted: row.phone_encrypted,
        phone_masked: row.phone_masked,
        member_count: row.member_count,
        members: row.members,
        poverty_cause: row.poverty_cause,
        status: row.status,
        status_year: row.status === "lifted" ? row.year_lifted : null,
        year_identified: row.year_identified,
        dual_support: row.dual_support,
        registry_fingerprint: row.fingerprint,
      }
      const income = row.income
        ? [{ registry_number: row.registry_number, ...row.income }]
        : []
      if (!household) {
        batch.creates.push({ ...values, id: generateEntityId(undefined, "hh") })
        batch.incomes.push(...income)
        result.created++
        continue
      }
      if (
        household.registry_fingerprint === row.fingerprint &&
        household.source === "registry" &&
        household.verification === "verified"
      ) {
        batch.unchanged.push(household.id)
        result.unchanged++
        continue
      }
      // The encrypted ID is kept as it was (same person, same hash).
      values.id_number_encrypted = household.id_number_encrypted
      const before: Record<string, unknown> = {}
      const after: Record<string, unknown> = {}
      const current = household as unknown as Record<string, unknown>
      for (const field of COMPARED) {
        if ((current[field] ?? null) !== (values[field] ?? null)) {
          before[field] = shown(field, current[field] ?? null)
          after[field] = shown(field, values[field] ?? null)
        }
      }
      // Members by relation and the masked ID, compared by the keyed hash.
      const membersOf = (list: unknown) =>
        list
          ? (list as ProtectedMember[]).map((m) => ({
              relation: m.relation,
              id_number: m.id_number_masked,
            }))
          : null
      const memberKey = (list: unknown) =>
        JSON.stringify(
          ((list as ProtectedMember[] | null) ?? []).map((m) => [
            m.relation,
            m.id_number_hash,
          ])
        )
      if (memberKey(household.members) !== memberKey(row.members)) {
        before.members = membersOf(household.members)
        after.members = membersOf(row.members)
      }
      const phoneBefore = household.phone_encrypted
        ? hashPersonalData(
            `phone:${decryptPersonalData(household.phone_encrypted, keys)}`,
            keys
          )
        : null
      if (phoneBefore !== row.phone_hash) {
        before.phone = household.phone_masked ?? null
        after.phone = row.phone_masked
      } else {
        values.phone_encrypted = household.phone_encrypted
      }
      if (household.verification !== "verified") {
        before.verification = household.verification
        after.verification = "verified"
      }
      batch.updates.push({ ...values, id: household.id })
      batch.incomes.push(...income)
      result.changes.push({
        household_id: household.id,
        county_code: row.county_code,
        before,
        after,
      })
      result.updated++
    }
    const undo = await households.writeRegistryBatch(batch)
    return new StepResponse(result, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const households: HouseholdModuleService =
      container.resolve(HOUSEHOLD_MODULE)
    await households.undoRegistryBatch(undo)
  }
)
