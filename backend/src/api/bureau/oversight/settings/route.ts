import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { DEFAULT_OVERSIGHT_SETTINGS } from "@tianfu/domain"
import { OVERSIGHT_MODULE } from "../../../../modules/oversight"
import type OversightModuleService from "../../../../modules/oversight/service"
import { setOversightSettingsWorkflow } from "../../../../workflows/oversight"
import { resolveBureauCaller } from "../../caller"
import type { BureauSettingsType } from "../validators"

async function answer(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const caller = await resolveBureauCaller(req)
  const oversight: OversightModuleService = req.scope.resolve(OVERSIGHT_MODULE)
  const [own] = await oversight.listOversightSettings(
    { jurisdiction_code: caller.jurisdiction_code },
    { take: 1 }
  )
  // What holds for the jurisdiction: a county's own over its city's and
  // province's; a city or province reads as its first county would.
  const county = caller.jurisdiction_code.padEnd(6, "0")
  const [effective, inherited] = await Promise.all([
    oversight.settingsFor(county),
    oversight.settingsFor(county, caller.jurisdiction_code),
  ])
  res.json({
    jurisdiction_code: caller.jurisdiction_code,
    settings: effective,
    own: own?.settings ?? {},
    // What holds from above (or the defaults) without the jurisdiction's
    // own: what a reset gives.
    inherited,
    defaults: DEFAULT_OVERSIGHT_SETTINGS,
  })
}

// The rules' settings for the reviewer's jurisdiction: what holds, what
// the jurisdiction set itself, and the defaults.
export const GET = answer

// Sets some of the jurisdiction's settings (null: back to what holds
// above); audited with the values before and after.
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauSettingsType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  await setOversightSettingsWorkflow(req.scope).run({
    input: {
      jurisdiction_code: caller.jurisdiction_code,
      changes: req.validatedBody,
      actor_id: caller.id,
    },
  })
  return answer(req, res)
}
