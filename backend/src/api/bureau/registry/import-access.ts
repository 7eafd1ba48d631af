import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { jurisdictionFilter } from "@tianfu/domain"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import { resolveBureauCaller } from "../caller"

export const IMPORT_FIELDS = [
  "id",
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

// An import made within the reviewer's jurisdiction (a provincial
// reviewer sees its counties'); any other, or none, is the same 404.
export async function importInJurisdiction(req: AuthenticatedMedusaRequest) {
  const caller = await resolveBureauCaller(req)
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const [found] = await households.listRegistryImports(
    {
      id: req.params.id,
      jurisdiction_code: jurisdictionFilter(caller.jurisdiction_code),
    },
    { take: 1 }
  )
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Import was not found")
  }
  return { caller, found }
}
