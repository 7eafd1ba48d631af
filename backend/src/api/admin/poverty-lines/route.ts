import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import { setPovertyLineWorkflow } from "../../../workflows/attribution"
import type { AdminSetPovertyLineType } from "./validators"

const view = (line: {
  year: number
  amount: number
  note?: string | null
}) => ({ year: line.year, amount: line.amount, note: line.note ?? null })

// The poverty line table, oldest year first (fen per person per year).
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const ledger: AttributionModuleService = req.scope.resolve(ATTRIBUTION_MODULE)
  const lines = await ledger.listPovertyLines(
    {},
    { order: { year: "ASC" }, take: null }
  )
  res.json({ poverty_lines: lines.map(view) })
}

// Sets a year's line; later years without their own row follow it.
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetPovertyLineType>,
  res: MedusaResponse
) => {
  const { result } = await setPovertyLineWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({ poverty_line: view(result) })
}
