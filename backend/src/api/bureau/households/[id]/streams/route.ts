import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { AID_SOURCE_KINDS } from "@tianfu/domain"
import { ATTRIBUTION_MODULE } from "../../../../../modules/attribution"
import type AttributionModuleService from "../../../../../modules/attribution/service"
import { HOUSEHOLD_MODULE } from "../../../../../modules/household"
import type HouseholdModuleService from "../../../../../modules/household/service"
import { LINKAGE_MODULE } from "../../../../../modules/linkage"
import type LinkageModuleService from "../../../../../modules/linkage/service"
import { OVERSIGHT_MODULE } from "../../../../../modules/oversight"
import type OversightModuleService from "../../../../../modules/oversight/service"
import { retrieveInJurisdiction } from "../../../../../workflows/bureau/utils/retrieve-in-jurisdiction"
import { resolveBureauCaller } from "../../../caller"

// Every stream of income and aid of a household, by year, side by side:
// the aid of each source (imported or posted), the marketplace — revenue
// attributed to it and payouts it confirmed — and the registry's income
// from outside; with its shock events, open flags and cases. In fen.
export const GET = async (
  req: AuthenticatedMedusaRequest,
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
  const oversight: OversightModuleService = req.scope.resolve(OVERSIGHT_MODULE)
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const registry: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const [aid, revenue, payouts, other, shocks, flags, cases] =
    await Promise.all([
      oversight.aidByYear(household.id),
      ledger.householdIncomeByYear(household.id),
      linkage.householdPayoutsByYear(household.id),
      registry.listHouseholdOtherIncomes(
        { household_id: household.id },
        { select: ["year", "wage", "transfer", "property"] }
      ),
      oversight.listShockEvents(
        { household_id: household.id },
        {
          select: [
            "id",
            "kind",
            "occurred_on",
            "description",
            "case_id",
            "reported_by_type",
          ],
          order: { occurred_on: "ASC" },
        }
      ),
      oversight.listOversightFlags(
        { household_id: household.id },
        { select: ["id", "rule", "year", "status"], order: { year: "DESC" } }
      ),
      oversight.listMonitoringCases(
        { household_id: household.id },
        {
          select: ["id", "category", "year", "status", "opened_at"],
          order: { opened_at: "DESC" },
        }
      ),
    ])
  const years = [
    ...new Set([
      ...aid.map((a) => a.year),
      ...revenue.map((r) => r.year),
      ...payouts.map((p) => p.year),
      ...other.map((o) => o.year),
    ]),
  ].sort((a, b) => a - b)
  res.json({
    household_id: household.id,
    sources: AID_SOURCE_KINDS,
    years: years.map((year) => {
      const registryRow = other.find((o) => o.year === year)
      const paid = payouts.find((p) => p.year === year)
      return {
        year,
        aid: Object.fromEntries(
          aid
            .filter((a) => a.year === year)
            .map((a) => [a.source_kind, a.amount])
        ),
        aid_records: aid
          .filter((a) => a.year === year)
          .reduce((n, a) => n + a.records, 0),
        marketplace_revenue: revenue.find((r) => r.year === year)?.income ?? 0,
        payouts_paid: paid?.paid ?? 0,
        payouts_confirmed: paid?.confirmed ?? 0,
        registry_income: registryRow
          ? {
              wage: registryRow.wage,
              transfer: registryRow.transfer,
              property: registryRow.property,
            }
          : null,
      }
    }),
    shock_events: shocks,
    flags,
    cases,
  })
}
