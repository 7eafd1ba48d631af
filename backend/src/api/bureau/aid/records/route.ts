import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { type AidRow, type AidRowError, parseAidRow } from "@tianfu/domain"
import { recordAidWorkflow } from "../../../../workflows/oversight"
import { resolveAidRows } from "../../../../workflows/oversight/utils/resolve-aid-rows"
import { resolveBureauCaller } from "../../caller"
import type { BureauPostAidType } from "../../oversight/validators"

// Aid records posted by another system (up to 500 a call), checked as an
// aid list's rows are (`row` in an error is the record's index): the ones
// that pass are written, the ones that do not are answered with the field
// and why. The same records again change nothing. The amount is in fen.
export const POST = async (
  req: AuthenticatedMedusaRequest<BureauPostAidType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const checked: { row: AidRow; line: number }[] = []
  const errors: AidRowError[] = []
  req.validatedBody.records.forEach((record, index) => {
    const { amount, ...rest } = record
    const parsed = parseAidRow(
      {
        ...Object.fromEntries(
          Object.entries(rest).map(([k, v]) => [k, v ?? undefined])
        ),
        amount: (amount / 100).toFixed(2),
      },
      index
    )
    if ("errors" in parsed) errors.push(...parsed.errors)
    else checked.push({ row: parsed.row, line: index })
  })
  const resolved = await resolveAidRows(
    req.scope,
    caller.jurisdiction_code,
    checked
  )
  errors.push(...resolved.errors)
  let result = { created: [] as string[], updated: 0, unchanged: 0 }
  if (resolved.records.length) {
    ;({ result } = await recordAidWorkflow(req.scope).run({
      input: {
        rows: resolved.records,
        import_id: null,
        actor_id: caller.id,
        jurisdiction_code: caller.jurisdiction_code,
      },
    }))
  }
  const refusedAll = errors.length > 0 && !resolved.records.length
  res.status(refusedAll ? 400 : 200).json({
    ...(refusedAll
      ? { message: `No record was written: ${errors.length} refused` }
      : {}),
    created: result.created.length,
    updated: result.updated,
    unchanged: result.unchanged,
    errors: errors
      .sort((a, b) => a.row - b.row)
      .map((e) => ({ index: e.row, field: e.field, reason: e.reason })),
  })
}
