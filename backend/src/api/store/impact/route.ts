import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"

// Platform impact for the home page (the attribution module's read model:
// AttributionModuleService.platformImpact), cached for a minute.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ impact: await ledger.platformImpact() })
}
