import type { Readable } from "node:stream"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  aidColumns,
  chinaToday,
  type AidRow,
  type AidRowError,
  parseAidRow,
} from "@tianfu/domain"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import {
  registryRecords,
  UnreadableFileError,
} from "../../../lib/registry/records"
import { recordAidWorkflow } from "../workflows/record-aid"
import { recordImportProgress } from "../../household/utils/import-progress"
import { resolveAidRows } from "./resolve-aid-rows"

// Rows written per transaction (and per progress update).
export const AID_BATCH_ROWS = 1000

// Reads an aid list (CSV in UTF-8 or GBK, or XLSX — the registry's
// readers) as it arrives, row by row: each row checked, its household
// found in the reviewer's jurisdiction, and written in batches through
// recordAidWorkflow; the import's counts move after each batch. The same
// list again changes nothing (rows_unchanged).
export async function runAidImport(
  scope: MedusaContainer,
  importId: string,
  caller: { id: string; jurisdiction_code: string },
  stream: Readable,
  { maxRows = Number(process.env.AID_IMPORT_MAX_ROWS ?? 1_000_000) } = {}
) {
  const households: HouseholdModuleService = scope.resolve(HOUSEHOLD_MODULE)
  const counts = { read: 0, created: 0, updated: 0, unchanged: 0, failed: 0 }
  let batch: { row: AidRow; line: number }[] = []
  let errors: AidRowError[] = []
  const failed = new Set<number>()

  const flush = async () => {
    if (batch.length) {
      const { records, errors: refused } = await resolveAidRows(
        scope,
        caller.jurisdiction_code,
        batch
      )
      batch = []
      errors.push(...refused)
      if (records.length) {
        const { result } = await recordAidWorkflow(scope).run({
          input: {
            rows: records,
            import_id: importId,
            actor_id: caller.id,
            jurisdiction_code: caller.jurisdiction_code,
          },
        })
        counts.created += result.created.length
        counts.updated += result.updated
        counts.unchanged += result.unchanged
      }
    }
    await recordImportProgress(households, importId, counts, errors, failed)
    errors = []
  }
  const fail = (failure: string) =>
    households.updateRegistryImports({
      id: importId,
      status: "failed",
      failure,
      finished_at: new Date(),
    })

  await households.updateRegistryImports({
    id: importId,
    status: "running",
    started_at: new Date(),
  })
  let opened: Awaited<ReturnType<typeof registryRecords>>
  try {
    opened = await registryRecords(stream)
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error
    return fail(error.message)
  }
  await households.updateRegistryImports({
    id: importId,
    format: opened.format,
  })
  let columns: (string | null)[] | null = null
  let line = 0
  const today = chinaToday()
  try {
    for await (const record of opened.rows) {
      line++
      if (!columns) {
        const header = aidColumns(record)
        if ("error" in header) return fail(header.error)
        columns = header.columns
        continue
      }
      if (counts.read >= maxRows) {
        return fail(`the file has more than ${maxRows} rows; split it`)
      }
      counts.read++
      const cells: Record<string, string> = {}
      columns.forEach((field, i) => {
        if (field && record[i] !== undefined) cells[field] = record[i]
      })
      const parsed = parseAidRow(cells, line, today)
      if ("errors" in parsed) errors.push(...parsed.errors)
      else batch.push({ row: parsed.row, line })
      if (batch.length >= AID_BATCH_ROWS || errors.length >= 1000) {
        await flush()
      }
    }
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error
    await flush()
    return fail(error.message)
  }
  if (!columns) return fail("the file is empty")
  await flush()
  return households.updateRegistryImports({
    id: importId,
    status: "completed",
    finished_at: new Date(),
  })
}
