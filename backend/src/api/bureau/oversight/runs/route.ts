import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { OVERSIGHT_MODULE } from "../../../../modules/oversight"
import type OversightModuleService from "../../../../modules/oversight/service"
import { Modules } from "@medusajs/framework/utils"
import { OVERSIGHT_RUN_REQUESTED } from "../../../../subscribers/oversight-run-requested"
import { openOversightRun } from "../../../../workflows/oversight/utils/run-oversight"
import { chinaToday } from "@tianfu/domain"
import { resolveBureauCaller } from "../../caller"
import type { BureauRunsParamsType, BureauStartRunType } from "../validators"
import { jurisdictionsAbove, RUN_FIELDS, runView } from "./view"

// The runs of the rules over the reviewer's jurisdiction (theirs and the
// nightly ones), newest first.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauRunsParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { limit, offset } = req.validatedQuery
  const oversight: OversightModuleService = req.scope.resolve(OVERSIGHT_MODULE)
  const [runs, count] = await oversight.listAndCountOversightRuns(
    {
      $or: [
        { jurisdiction_code: { $like: `${caller.jurisdiction_code}%` } },
        { jurisdiction_code: jurisdictionsAbove(caller.jurisdiction_code) },
      ],
    },
    {
      take: limit,
      skip: offset,
      order: { created_at: "DESC", id: "ASC" },
      select: [...RUN_FIELDS],
    }
  )
  res.json({
    runs: runs.map((r) => runView(r, caller.jurisdiction_code)),
    count,
    offset,
    limit,
  })
}

// Runs the rules over the reviewer's jurisdiction now (for `year`, this
// year by default). Answers 202 with the run at once (the run itself is
// the worker's: see subscribers/oversight-run-requested.ts); the console follows
// GET /bureau/oversight/runs/:id until it has completed. A run already
// under way over any of its counties is a 409.
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauStartRunType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { run, counties } = await openOversightRun(req.scope, {
    jurisdiction_code: caller.jurisdiction_code,
    year: req.validatedBody.year ?? Number(chinaToday().slice(0, 4)),
    trigger: "on_demand",
    requested_by: caller.id,
  })
  await req.scope
    .resolve(Modules.EVENT_BUS)
    .emit({ name: OVERSIGHT_RUN_REQUESTED, data: { id: run.id, counties } })
  res.status(202).json({ run: runView(run, caller.jurisdiction_code) })
}
