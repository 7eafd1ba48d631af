import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OVERSIGHT_MODULE } from "../../../../../modules/oversight"
import type OversightModuleService from "../../../../../modules/oversight/service"
import { resolveBureauCaller } from "../../../caller"
import { jurisdictionsAbove, RUN_FIELDS, runView } from "../view"

// One run and its progress (counties done of all, what it found).
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const oversight: OversightModuleService = req.scope.resolve(OVERSIGHT_MODULE)
  const [run] = await oversight.listOversightRuns(
    {
      id: req.params.id,
      $or: [
        { jurisdiction_code: { $like: `${caller.jurisdiction_code}%` } },
        { jurisdiction_code: jurisdictionsAbove(caller.jurisdiction_code) },
      ],
    },
    { take: 1, select: [...RUN_FIELDS] }
  )
  if (!run) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Run was not found")
  }
  res.json({ run: runView(run, caller.jurisdiction_code) })
}
