import type { Readable } from "node:stream"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  jurisdictionFilter,
  parseRegistryRow,
  registryColumns,
  type RegistryRowError,
} from "@tianfu/domain"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import { importRegistryBatchWorkflow } from "../workflows/import-registry-batch"
import { recordAuditEntryWorkflow } from "../../audit/workflows/record-audit-entry"
import { personalDataKeys } from "../../../lib/provenance/household-identity"
import {
  registryRecords,
  UnreadableFileError,
} from "../../../lib/registry/records"
import {
  type ProtectedRegistryRow,
  protectRegistryRow,
} from "../../../lib/registry/protect-row"

// Rows written per transaction (and per progress update).
export const REGISTRY_BATCH_ROWS = 500
// A registry file is at most this many rows (REGISTRY_IMPORT_MAX_ROWS).
const maxRows = () => Number(process.env.REGISTRY_IMPORT_MAX_ROWS ?? 200_000)

type Caller = { id: string; jurisdiction_code: string }

// Reads a registry file (CSV in UTF-8 or GBK, or XLSX; see records.ts) from
// a stream, row by row, never the whole file:
// each row checked (domain rules, the reviewer's jurisdiction, a county of
// the marketplace, not twice in the file), protected at once (ID and phone
// encrypted and hashed), and written in batches of REGISTRY_BATCH_ROWS
// through importRegistryBatchWorkflow; the import's counts move after each
// batch, so the console can show progress. At the end, households of the
// counties the file covered that it no longer lists are marked missing.
export async function runRegistryImport(
  scope: MedusaContainer,
  importId: string,
  caller: Caller,
  stream: Readable
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
    for (const error of errors) failedLines.add(error.row)
    if (errors.length) {
      await households.createRegistryImportErrors(
        errors.map((e) => ({
          import_id: importId,
          row_number: e.row,
          field: e.field,
          reason: e.reason,
        }))
      )
      errors = []
    }
    counts.failed = failedLines.size
    await households.updateRegistryImports({
      id: importId,
      rows_read: counts.read,
      rows_created: counts.created,
      rows_updated: counts.updated,
      rows_unchanged: counts.unchanged,
      rows_failed: counts.failed,
    })
  }

  await households.updateRegistryImports({
    id: importId,
    status: "running",
    started_at: new Date(),
  })
  let columns: (string | null)[] | null = null
  let line = 0
  const { format, rows } = await registryRecords(stream)
  await households.updateRegistryImports({ id: importId, format })
  try {
    for await (const record of rows) {
      line++
      if (!columns) {
        const header = registryColumns(record)
        if ("error" in header) return fail(households, importId, header.error)
        columns = header.columns
        continue
      }
      if (counts.read >= maxRows()) {
        return fail(
          households,
          importId,
          `the file has more than ${maxRows()} rows; split it by county`
        )
      }
      counts.read++
      const cells: Record<string, string> = {}
      columns.forEach((field, i) => {
        if (field && record[i] !== undefined) cells[field] = record[i]
      })
      const registryNumber = (cells.registry_number ?? "").trim()
      const refuse = (field: string, reason: string) => {
        errors.push({ row: line, field, reason })
        if (registryNumber) refusedNumbers.add(registryNumber)
      }
      const parsed = parseRegistryRow(cells, line)
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
        const row = protectRegistryRow(parsed.row, line, keys)
        if (seenIds.has(row.id_number_hash)) {
          refuse(
            "id_number",
            `appears again (first on row ${seenIds.get(row.id_number_hash)})`
          )
        } else {
          seenNumbers.set(row.registry_number, line)
          seenIds.set(row.id_number_hash, line)
          covered.add(row.county_code)
          batch.push(row)
        }
      }
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
  await flush()
  const missing = await households.markMissingFromRegistry({
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
