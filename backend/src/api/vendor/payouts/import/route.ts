import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { importPayoutsWorkflow } from "../../../../workflows/linkage"
import { requireApproved, resolveVendorCaller } from "../../caller"
import { parsePayoutCsv } from "../parse-payout-csv"
import type { VendorImportPayoutsType } from "../validators"

// Payments uploaded as a CSV (agreement_id, amount in yuan, paid_on,
// method, reference; Chinese headers too). The answer lists every bad row
// by number and field; with all_or_nothing (the default) a bad row means a
// 400 and nothing written.
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorImportPayoutsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireApproved(caller)
  const parsed = parsePayoutCsv(req.validatedBody.csv)
  if (parsed.fileError) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.fileError)
  }
  const { result } = await importPayoutsWorkflow(req.scope).run({
    input: {
      cooperative_id: caller.cooperative.id,
      recorded_by: caller.user.id,
      mode: req.validatedBody.mode,
      rows: parsed.rows,
      errors: parsed.errors,
    },
  })
  if (req.validatedBody.mode === "all_or_nothing" && result.errors.length) {
    res.status(400).json({
      type: "invalid_data",
      message: `${result.errors.length} row(s) have errors; nothing was written`,
      ...result,
    })
    return
  }
  res.status(201).json(result)
}
