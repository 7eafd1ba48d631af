import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { yearRange } from "../../../../../lib/reports/periods"
import { ATTRIBUTION_MODULE } from "../../../../../modules/attribution"
import type AttributionModuleService from "../../../../../modules/attribution/service"
import { LINKAGE_MODULE } from "../../../../../modules/linkage"
import type LinkageModuleService from "../../../../../modules/linkage/service"
import {
  lateBefore,
  lateDays,
} from "../../../../../lib/reports/linkage-settings"
import { toHouseholdView } from "../../../../utils/household-view"
import { resolveVendorCaller } from "../../../caller"
import { memberHousehold } from "../../member-household"
import { AGREEMENT_FIELDS } from "../../../../utils/agreement-view"
import type { VendorStatementParamsType } from "../../validators"

// A member's statement for a year (社员收益明细), printable: the household
// (masked, as the cooperative always sees it), the agreements that were in
// force in the year, what fell due and what of it is settled, every entry
// paid with its reversal and the household's answer, and the year's totals
// from the same rollups the bureau's reports read — so the statement and
// the reports agree to the fen. Another cooperative's household: 404.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorStatementParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const cooperative_id = caller.cooperative.id
  const household_id = req.params.id
  const year = req.validatedQuery.year ?? new Date().getFullYear()
  const household = await memberHousehold(req, caller, household_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  const range = yearRange(year)
  const [{ data: agreements }, lines, [figures], revenue] = await Promise.all([
    query.graph({
      entity: "linkage_agreement",
      fields: AGREEMENT_FIELDS,
      filters: {
        cooperative_id,
        household_id,
        starts_on: { $lte: `${year}-12-31T23:59:59.999Z` },
        $or: [{ ends_on: null }, { ends_on: { $gte: `${year}-01-01` } }],
      },
      pagination: { order: { kind: "ASC", starts_on: "ASC" } },
    }),
    linkage.memberStatement({ cooperative_id, household_id, year }),
    linkage.benefitFigures({
      cooperative_ids: [cooperative_id],
      household_id,
      year,
      by: "household",
      late_before: lateBefore(lateDays()),
    }),
    ledger.householdRevenueByCooperative(range, [cooperative_id], true),
  ])
  res.json({
    statement: {
      year,
      cooperative: { id: cooperative_id, name: caller.cooperative.name },
      household: toHouseholdView(household, { memberName: true }),
      agreements,
      obligations: lines.obligations,
      payouts: lines.payouts,
      totals: {
        attributed_to_household:
          revenue.get(`${cooperative_id}:${household_id}`) ?? 0,
        obligations: figures?.obligations ?? 0,
        paid: figures?.paid ?? 0,
        confirmed: figures?.confirmed ?? 0,
        disputed: figures?.disputed ?? 0,
        unconfirmed:
          (figures?.paid ?? 0) -
          (figures?.confirmed ?? 0) -
          (figures?.disputed ?? 0),
        outstanding: figures?.outstanding ?? 0,
        outstanding_late: figures?.late ?? 0,
      },
    },
  })
}
