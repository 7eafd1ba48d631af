import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HOUSEHOLD_MODULE } from "../../../../../../modules/household"
import type HouseholdModuleService from "../../../../../../modules/household/service"
import { csvEncoder, startCsv } from "../../../../../utils/report-response"
import { importInJurisdiction } from "../../../import-access"
import type { BureauGetRegistryErrorsParamsType } from "../../../validators"

const FIELDS = ["row_number", "field", "reason"] as const

// The refused rows of an import, by row: the field and why — never the
// value sent. CSV (format=csv) to hand back to whoever keeps the file.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauGetRegistryErrorsParamsType>,
  res: MedusaResponse
) => {
  const { found } = await importInJurisdiction(req)
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const { limit = 50, offset = 0, format } = req.validatedQuery
  const order = { row_number: "ASC" as const, field: "ASC" as const }
  if (format === "csv") {
    startCsv(res, `registry-import-errors-${found.id}`)
    const csv = csvEncoder(["row", "field", "reason"])
    csv.pipe(res)
    for (let skip = 0; ; skip += 2000) {
      const page = await households.listRegistryImportErrors(
        { import_id: found.id },
        { take: 2000, skip, order, select: [...FIELDS] }
      )
      for (const e of page) csv.write([e.row_number, e.field, e.reason])
      if (page.length < 2000) break
    }
    csv.end()
    return
  }
  const [errors, count] = await households.listAndCountRegistryImportErrors(
    { import_id: found.id },
    { take: limit, skip: offset, order, select: [...FIELDS] }
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
