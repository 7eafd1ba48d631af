import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PlatformImpact } from "@tianfu/domain"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

// Platform impact for the home page: what was attributed (the attribution
// module's read model; households count only when verified against the
// registry) and what cooperatives paid households and they confirmed (the
// linkage module's), cached for a minute.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const registry: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const [attributed, payouts] = await Promise.all([
    registry
      .unverifiedHouseholdIds("")
      .then((ids) => ledger.platformImpact(ids)),
    linkage.platformPayouts(),
  ])
  const impact: PlatformImpact = {
    ...attributed,
    paid_to_households: payouts.paid,
    confirmed_by_households: payouts.confirmed,
  }
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ impact })
}
