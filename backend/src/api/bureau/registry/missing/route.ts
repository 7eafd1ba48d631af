import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { inJurisdiction, jurisdictionFilter, maskName } from "@tianfu/domain"
import { MedusaError } from "@medusajs/framework/utils"
import { HOUSEHOLD_MODULE } from "../../../../modules/household"
import type HouseholdModuleService from "../../../../modules/household/service"
import { resolveBureauCaller } from "../../caller"
import type { BureauGetMissingParamsType } from "../validators"

// Registered households a later registry file no longer listed, longest
// missing first, for the reviewer to confirm: removed from the registry,
// or kept (the file missed them). Heads masked.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauGetMissingParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { county_code, limit = 50, offset = 0 } = req.validatedQuery
  if (county_code && !inJurisdiction(county_code, caller.jurisdiction_code)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `County ${county_code} was not found in your jurisdiction`
    )
  }
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const [rows, count] = await households.listAndCountHouseholds(
    {
      county_code: county_code ?? jurisdictionFilter(caller.jurisdiction_code),
      registry_missing_since: { $ne: null },
      verification: "verified",
    },
    {
      take: limit,
      skip: offset,
      order: { registry_missing_since: "ASC", registry_number: "ASC" },
      select: [
        "id",
        "registry_number",
        "county_code",
        "township",
        "village",
        "head_name",
        "member_count",
        "status",
        "registry_missing_since",
      ],
    }
  )
  res.json({
    households: rows.map((h) => ({
      household_id: h.id,
      registry_number: h.registry_number,
      county_code: h.county_code,
      township: h.township,
      village: h.village,
      head_name: maskName(h.head_name),
      member_count: h.member_count,
      status: h.status,
      missing_since: h.registry_missing_since,
    })),
    count,
    offset,
    limit,
  })
}
