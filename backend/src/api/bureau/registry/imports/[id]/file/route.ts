import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { runRegistryImport } from "../../../../../../workflows/household/utils/run-registry-import"
import { HOUSEHOLD_MODULE } from "../../../../../../modules/household"
import type HouseholdModuleService from "../../../../../../modules/household/service"
import { importInJurisdiction, importView } from "../../../import-access"

// The registry file itself, as the request body (CSV in UTF-8, with or
// without BOM, or GBK; or XLSX, its first worksheet), read as it arrives:
// never held whole. Only the reviewer who opened
// the import sends it, once. Answers the import when the file is done.
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { caller, found } = await importInJurisdiction(req)
  if (found.bureau_user_id !== caller.id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Import was not found")
  }
  if (found.status !== "waiting") {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "This import has already received its file; open a new one"
    )
  }
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const [running] = await households.listRegistryImports(
    { status: "running" },
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
      "Another registry import is running; try again when it has finished"
    )
  }
  try {
    const done = await runRegistryImport(req.scope, found.id, caller, req)
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
