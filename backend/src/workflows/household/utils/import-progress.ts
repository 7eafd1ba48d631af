import type HouseholdModuleService from "../../../modules/household/service"

export type ImportCounts = {
  read: number
  created: number
  updated: number
  unchanged: number
  failed: number
}

// What a file import (registry or aid list) has done so far: its refused
// rows written (field and reason, never the value; `failedRows` counts each
// row once however many of its fields failed) and its counts moved, so the
// console's progress follows.
export async function recordImportProgress(
  households: HouseholdModuleService,
  importId: string,
  counts: ImportCounts,
  errors: { row: number; field: string; reason: string }[],
  failedRows: Set<number>
) {
  for (const e of errors) failedRows.add(e.row)
  if (errors.length) {
    await households.createRegistryImportErrors(
      errors.map((e) => ({
        import_id: importId,
        row_number: e.row,
        field: e.field,
        reason: e.reason,
      }))
    )
  }
  counts.failed = failedRows.size
  await households.updateRegistryImports({
    id: importId,
    rows_read: counts.read,
    rows_created: counts.created,
    rows_updated: counts.updated,
    rows_unchanged: counts.unchanged,
    rows_failed: counts.failed,
  })
}
