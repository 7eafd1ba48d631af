import type { Readable } from "node:stream"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  jurisdictionFilter,
  parseMemberRow,
  parseRegistryRow,
  relationOf,
  registryColumns,
  type RegistryRowError,
} from "@tianfu/domain"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import { importRegistryBatchWorkflow } from "../workflows/import-registry-batch"
import { recordImportProgress } from "./import-progress"
import { recordAuditEntryWorkflow } from "../../audit/workflows/record-audit-entry"
import { personalDataKeys } from "../../../lib/provenance/household-identity"
import {
  registryRecords,
  UnreadableFileError,
} from "../../../lib/registry/records"
import {
  type ProtectedMember,
  type ProtectedRegistryRow,
  protectMember,
  protectRegistryRow,
} from "../../../lib/registry/protect-row"

// Rows written per transaction (and per progress update).
export const REGISTRY_BATCH_ROWS = 500

type Caller = { id: string; jurisdiction_code: string }

// Reads a registry file (CSV in UTF-8 or GBK, or XLSX; see records.ts) from
// a stream, row by row, never the whole file:
// each row checked (domain rules, the reviewer's jurisdiction, a county of
// the marketplace, not twice in the file), protected at once (ID and phone
// encrypted and hashed), and written in batches of REGISTRY_BATCH_ROWS
// through importRegistryBatchWorkflow; the import's counts move after each
// batch, so the console can show progress. At the end, households of the
// counties the file covered that it no longer lists are marked missing.
// `markMissing: false` for a file that is not a county's whole registry,
// and `maxRows` above the upload's limit (seed:scale's households).
export async function runRegistryImport(
  scope: MedusaContainer,
  importId: string,
  caller: Caller,
  stream: Readable,
  {
    markMissing = true,
    maxRows = Number(process.env.REGISTRY_IMPORT_MAX_ROWS ?? 200_000),
  } = {}
) {
  const households: HouseholdModuleService = scope.resolve(HOUSEHOLD_MODULE)
  const { data: counties } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "county",
      fields: ["code"],
      filters: { code: jurisdictionFilter(caller.jurisdiction_code) },
    })
  const known = new Set(counties.map((c) => c.code as string))
  const keys = personalDataKeys()
  const counts = { read: 0, created: 0, updated: 0, unchanged: 0, failed: 0 }
  const failedLines = new Set<number>()
  const seenNumbers = new Map<string, number>()
  const seenIds = new Map<string, number>()
  const refusedNumbers = new Set<string>()
  const covered = new Set<string>()
  let batch: ProtectedRegistryRow[] = []
  let errors: RegistryRowError[] = []

  const flush = async () => {
    if (batch.length) {
      const { result } = await importRegistryBatchWorkflow(scope).run({
        input: {
          import_id: importId,
          jurisdiction_code: caller.jurisdiction_code,
          actor_id: caller.id,
          rows: batch,
        },
      })
      counts.created += result.created
      counts.updated += result.updated
      counts.unchanged += result.unchanged
      errors.push(...result.errors)
      const numberOnLine = new Map(
        batch.map((r) => [r.line, r.registry_number])
      )
      for (const error of result.errors) {
        const number = numberOnLine.get(error.row)
        if (number) refusedNumbers.add(number)
      }
      batch = []
    }
    await recordImportProgress(
      households,
      importId,
      counts,
      errors,
      failedLines
    )
    errors = []
  }

  // One household's row, with its members when the file lists them (one
  // person a row): checked, protected, and queued for the next batch.
  const takeHousehold = (
    cells: Record<string, string>,
    at: number,
    members: ProtectedMember[] | null = null
  ) => {
    const registryNumber = (cells.registry_number ?? "").trim()
    const refuse = (field: string, reason: string) => {
      errors.push({ row: at, field, reason })
      if (registryNumber) refusedNumbers.add(registryNumber)
    }
    const parsed = parseRegistryRow(
      cells,
      at,
      undefined,
      members ? members.length + 1 : undefined
    )
    if ("errors" in parsed) {
      errors.push(...parsed.errors)
      if (registryNumber) refusedNumbers.add(registryNumber)
    } else if (!parsed.row.county_code.startsWith(caller.jurisdiction_code)) {
      refuse("county_code", "is outside your jurisdiction")
    } else if (!known.has(parsed.row.county_code)) {
      refuse("county_code", "is not a county of this marketplace")
    } else if (seenNumbers.has(parsed.row.registry_number)) {
      refuse(
        "registry_number",
        `appears again (first on row ${seenNumbers.get(parsed.row.registry_number)})`
      )
    } else {
      const row = protectRegistryRow(parsed.row, at, keys, members)
      if (seenIds.has(row.id_number_hash)) {
        refuse(
          "id_number",
          `appears again (first on row ${seenIds.get(row.id_number_hash)})`
        )
      } else {
        seenNumbers.set(row.registry_number, at)
        seenIds.set(row.id_number_hash, at)
        covered.add(row.county_code)
        batch.push(row)
      }
    }
  }

  // A file with a relation column lists one person a row, a household's
  // rows together: the head's row (户主) carries the household, the others
  // are its members. A household is taken when its rows end; one with a
  // refused member row, or without a head row, is refused whole.
  type Group = {
    number: string
    head: { cells: Record<string, string>; line: number } | null
    members: ProtectedMember[]
    lines: number[]
    refused: boolean
  }
  let group: Group | null = null
  const started = new Map<string, number>()
  const closeGroup = () => {
    const done = group
    group = null
    if (!done) return
    if (!done.head) {
      for (const at of done.lines) {
        errors.push({
          row: at,
          field: "relation",
          reason: "the household has no head's row (relation 户主)",
        })
      }
      refusedNumbers.add(done.number)
    } else if (done.refused) {
      errors.push({
        row: done.head.line,
        field: "members",
        reason: "a member's row of this household was refused",
      })
      refusedNumbers.add(done.number)
    } else {
      takeHousehold(done.head.cells, done.head.line, done.members)
    }
  }
  const takePerson = (cells: Record<string, string>, at: number) => {
    const registryNumber = (cells.registry_number ?? "").trim()
    if (!registryNumber) {
      // A row without its household's number (a merged cell) belongs to
      // the household being read: that household is refused whole.
      errors.push({ row: at, field: "registry_number", reason: "is required" })
      if (group) group.refused = true
      return
    }
    if (group && group.number !== registryNumber) closeGroup()
    if (!group) {
      const first = started.get(registryNumber)
      if (first !== undefined) {
        errors.push({
          row: at,
          field: "registry_number",
          reason: `rows of one household must be together (first on row ${first})`,
        })
        refusedNumbers.add(registryNumber)
        return
      }
      started.set(registryNumber, at)
      group = {
        number: registryNumber,
        head: null,
        members: [],
        lines: [],
        refused: false,
      }
    }
    const current: Group = group
    current.lines.push(at)
    if (relationOf(cells.relation ?? "") === "head") {
      if (current.head) {
        errors.push({
          row: at,
          field: "relation",
          reason: `the household has a head's row already (row ${current.head.line})`,
        })
        current.refused = true
      } else current.head = { cells, line: at }
      return
    }
    const parsed = parseMemberRow(cells, at)
    if ("errors" in parsed) {
      errors.push(...parsed.errors)
      current.refused = true
      return
    }
    const member = protectMember(parsed.member, keys)
    const seen = seenIds.get(member.id_number_hash)
    if (seen !== undefined) {
      errors.push({
        row: at,
        field: "id_number",
        reason: `appears again (first on row ${seen})`,
      })
      current.refused = true
      return
    }
    seenIds.set(member.id_number_hash, at)
    current.members.push(member)
  }

  await households.updateRegistryImports({
    id: importId,
    status: "running",
    started_at: new Date(),
  })
  let columns: (string | null)[] | null = null
  let perMember = false
  let line = 0
  let opened: Awaited<ReturnType<typeof registryRecords>>
  try {
    opened = await registryRecords(stream)
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error
    return fail(households, importId, error.message)
  }
  const { format, rows } = opened
  await households.updateRegistryImports({ id: importId, format })
  try {
    for await (const record of rows) {
      line++
      if (!columns) {
        const header = registryColumns(record)
        if ("error" in header) return fail(households, importId, header.error)
        columns = header.columns
        perMember = columns.includes("relation")
        continue
      }
      if (counts.read >= maxRows) {
        return fail(
          households,
          importId,
          `the file has more than ${maxRows} rows; split it by county`
        )
      }
      counts.read++
      const cells: Record<string, string> = {}
      columns.forEach((field, i) => {
        if (field && record[i] !== undefined) cells[field] = record[i]
      })
      if (perMember) takePerson(cells, line)
      else takeHousehold(cells, line)
      if (batch.length >= REGISTRY_BATCH_ROWS || errors.length >= 1000) {
        await flush()
      }
    }
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error
    await flush()
    return fail(households, importId, error.message)
  }
  if (!columns) return fail(households, importId, "the file is empty")
  closeGroup()
  await flush()
  const missing = !markMissing
    ? 0
    : await households.markMissingFromRegistry({
        import_id: importId,
        county_codes: [...covered],
        listed_elsewhere: [...refusedNumbers],
      })
  const finished = await households.updateRegistryImports({
    id: importId,
    status: "completed",
    rows_missing: missing,
    finished_at: new Date(),
  })
  await recordAuditEntryWorkflow(scope).run({
    input: {
      actor_type: "bureau_user",
      actor_id: caller.id,
      action: "registry_import.completed",
      resource_type: "registry_import",
      resource_id: importId,
      county_code:
        covered.size === 1 ? [...covered][0] : caller.jurisdiction_code,
      after: {
        filename: finished.filename,
        rows_read: counts.read,
        rows_created: counts.created,
        rows_updated: counts.updated,
        rows_unchanged: counts.unchanged,
        rows_failed: counts.failed,
        rows_missing: missing,
      },
    },
  })
  return finished
}

async function fail(
  households: HouseholdModuleService,
  importId: string,
  failure: string
) {
  return households.updateRegistryImports({
    id: importId,
    status: "failed",
    failure,
    finished_at: new Date(),
  })
}
