import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { jurisdictionFilter } from "@tianfu/domain"
import { HOUSEHOLD_MODULE } from "../../../../modules/household"
import type HouseholdModuleService from "../../../../modules/household/service"
import { resolveBureauCaller } from "../../caller"
import { IMPORT_FIELDS, importView } from "../import-access"
import type {
  BureauCreateRegistryImportType,
  BureauGetRegistryImportsParamsType,
} from "../validators"

// The registry imports of the jurisdiction, newest first.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauGetRegistryImportsParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { limit = 20, offset = 0 } = req.validatedQuery
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const [imports, count] = await households.listAndCountRegistryImports(
    { jurisdiction_code: jurisdictionFilter(caller.jurisdiction_code) },
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
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauCreateRegistryImportType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const created = await households.createRegistryImports({
    bureau_user_id: caller.id,
    jurisdiction_code: caller.jurisdiction_code,
    filename: req.validatedBody.filename,
  })
  res.status(201).json({ import: importView(created) })
}
