import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { OVERSIGHT_MODULE } from "../../../../../modules/oversight"
import type OversightModuleService from "../../../../../modules/oversight/service"
import { retrieveInJurisdiction } from "../../../../../workflows/bureau/utils/retrieve-in-jurisdiction"
import { resolveBureauCaller } from "../../../caller"
import type { BureauHouseholdAidParamsType } from "../../../oversight/validators"

// A household's aid records, newest first (optionally one year's): what
// its timeline's aid figures are made of.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauHouseholdAidParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const household = await retrieveInJurisdiction<{
    id: string
    county_code: string
  }>(req.scope, "household", req.params.id, caller.jurisdiction_code, [
    "id",
    "county_code",
  ])
  const { year, limit, offset } = req.validatedQuery
  const oversight: OversightModuleService = req.scope.resolve(OVERSIGHT_MODULE)
  const [records, count] = await oversight.listAndCountAidRecords(
    { household_id: household.id, ...(year ? { year } : {}) },
    {
      take: limit,
      skip: offset,
      order: { given_on: "DESC", id: "ASC" },
      select: [
        "id",
        "year",
        "source_kind",
        "giver",
        "purpose",
        "amount",
        "in_kind",
        "given_on",
        "reference",
        "import_id",
      ],
    }
  )
  res.json({ aid_records: records, count, offset, limit })
}
