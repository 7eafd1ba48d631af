import type { Readable } from "node:stream"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { jurisdictionFilter } from "@tianfu/domain"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import { csvEncoder, startCsv } from "../../utils/report-response"
import { type BureauCaller, resolveBureauCaller } from "../caller"
import type {
  BureauCreateRegistryImportType,
  BureauGetRegistryErrorsParamsType,
  BureauGetRegistryImportsParamsType,
} from "./validators"

export type ImportKind = "registry" | "aid"

export const IMPORT_FIELDS = [
  "id",
  "kind",
  "filename",
  "format",
  "jurisdiction_code",
  "status",
  "rows_read",
  "rows_created",
  "rows_updated",
  "rows_unchanged",
  "rows_failed",
  "rows_missing",
  "failure",
  "started_at",
  "finished_at",
  "created_at",
] as const

export const importView = (record: object) => {
  const row = record as Record<string, unknown>
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, row[f] ?? null]))
}

// An import of this kind made within the reviewer's jurisdiction (a
// provincial reviewer sees its counties'); any other, or none, is the same
// 404.
export async function importInJurisdiction(
  req: AuthenticatedMedusaRequest,
  kind: ImportKind = "registry"
) {
  const caller = await resolveBureauCaller(req)
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const [found] = await households.listRegistryImports(
    {
      id: req.params.id,
      kind,
      jurisdiction_code: jurisdictionFilter(caller.jurisdiction_code),
    },
    { take: 1 }
  )
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Import was not found")
  }
  return { caller, found }
}

// The route handlers of an import kind: registry files and aid lists are
// opened, sent, followed and corrected alike.

// The imports of the jurisdiction, newest first.
export const listImports =
  (kind: ImportKind) =>
  async (
    req: AuthenticatedMedusaRequest<
      unknown,
      BureauGetRegistryImportsParamsType
    >,
    res: MedusaResponse
  ) => {
    const caller = await resolveBureauCaller(req)
    const { limit = 20, offset = 0 } = req.validatedQuery
    const households: HouseholdModuleService =
      req.scope.resolve(HOUSEHOLD_MODULE)
    const [imports, count] = await households.listAndCountRegistryImports(
      { kind, jurisdiction_code: jurisdictionFilter(caller.jurisdiction_code) },
      {
        take: limit,
        skip: offset,
        order: { created_at: "DESC", id: "ASC" },
        select: [...IMPORT_FIELDS],
      }
    )
    res.json({ imports: imports.map(importView), count, offset, limit })
  }

// Opens an import for a file the reviewer is about to send (POST
// …/:id/file); the console polls the import for its progress meanwhile.
export const openImport =
  (kind: ImportKind) =>
  async (
    req: AuthenticatedMedusaRequest<BureauCreateRegistryImportType>,
    res: MedusaResponse
  ) => {
    const caller = await resolveBureauCaller(req)
    const households: HouseholdModuleService =
      req.scope.resolve(HOUSEHOLD_MODULE)
    const created = await households.createRegistryImports({
      kind,
      bureau_user_id: caller.id,
      jurisdiction_code: caller.jurisdiction_code,
      filename: req.validatedBody.filename,
    })
    res.status(201).json({ import: importView(created) })
  }

// One import and its progress (rows read, created, updated, unchanged,
// refused; for a registry, households missing from the file).
export const showImport =
  (kind: ImportKind) =>
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const { found } = await importInJurisdiction(req, kind)
    res.json({ import: importView(found) })
  }

const ERROR_FIELDS = ["row_number", "field", "reason"] as const

// The refused rows of an import, by row: the field and why — never the
// value sent. CSV (format=csv) to hand back to whoever keeps the file.
export const importErrors =
  (kind: ImportKind) =>
  async (
    req: AuthenticatedMedusaRequest<unknown, BureauGetRegistryErrorsParamsType>,
    res: MedusaResponse
  ) => {
    const { found } = await importInJurisdiction(req, kind)
    const households: HouseholdModuleService =
      req.scope.resolve(HOUSEHOLD_MODULE)
    const { limit = 50, offset = 0, format } = req.validatedQuery
    const order = { row_number: "ASC" as const, field: "ASC" as const }
    if (format === "csv") {
      startCsv(res, `${kind}-import-errors-${found.id}`)
      const csv = csvEncoder(["row", "field", "reason"])
      csv.pipe(res)
      for (let skip = 0; ; skip += 2000) {
        const page = await households.listRegistryImportErrors(
          { import_id: found.id },
          { take: 2000, skip, order, select: [...ERROR_FIELDS] }
        )
        for (const e of page) csv.write([e.row_number, e.field, e.reason])
        if (page.length < 2000) break
      }
      csv.end()
      return
    }
    const [errors, count] = await households.listAndCountRegistryImportErrors(
      { import_id: found.id },
      { take: limit, skip: offset, order, select: [...ERROR_FIELDS] }
    )
    res.json({
      errors: errors.map((e) => ({
        row: e.row_number,
        field: e.field,
        reason: e.reason,
      })),
      count,
      offset,
      limit,
    })
  }

export type ImportRunner = (
  scope: MedusaContainer,
  importId: string,
  caller: BureauCaller,
  stream: Readable
) => Promise<object>

// The file itself, as the request body (CSV in UTF-8, with or without BOM,
// or GBK; or XLSX, its first worksheet), read as it arrives: never held
// whole. Only the reviewer who opened the import sends it, once, and one
// import of a kind runs at a time. Answers the import when the file is done.
export const receiveImportFile =
  (kind: ImportKind, run: ImportRunner) =>
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const { caller, found } = await importInJurisdiction(req, kind)
    if (found.bureau_user_id !== caller.id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Import was not found")
    }
    if (found.status !== "waiting") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This import has already received its file; open a new one"
      )
    }
    const households: HouseholdModuleService =
      req.scope.resolve(HOUSEHOLD_MODULE)
    const [running] = await households.listRegistryImports(
      { kind, status: "running" },
      { take: 1, select: ["id", "updated_at"] }
    )
    // An import whose counts have not moved for REGISTRY_IMPORT_STALE_MINUTES
    // (a process that died mid-file) no longer holds the others up.
    const staleAfter =
      Number(process.env.REGISTRY_IMPORT_STALE_MINUTES ?? 15) * 60_000
    if (
      running &&
      Date.now() - new Date(running.updated_at).getTime() > staleAfter
    ) {
      await households.updateRegistryImports({
        id: running.id,
        status: "failed",
        failure: "the import stopped before the end of the file",
        finished_at: new Date(),
      })
    } else if (running) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "Another import is running; try again when it has finished"
      )
    }
    try {
      const done = await run(req.scope, found.id, caller, req)
      res.json({ import: importView(done) })
    } catch (error) {
      await households.updateRegistryImports({
        id: found.id,
        status: "failed",
        failure:
          (error as { code?: string }).code ===
            "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" ||
          String((error as Error).message).startsWith("Invalid")
            ? "the file is not a readable CSV or XLSX"
            : "the import stopped before the end of the file",
        finished_at: new Date(),
      })
      throw error
    }
  }
