import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"

export type PayoutRow = {
  // 1-based, as a spreadsheet numbers it (the header is row 1).
  row: number
  agreement_id: string
  amount: number
  paid_on: string
  method: "bank_transfer" | "wechat_pay" | "alipay" | "cash"
  reference: string
}

export type RowError = { row: number; field: string; reason: string }

export type ImportResult = {
  imported: number
  // Rows already recorded with the same reference and content.
  skipped: number
  errors: RowError[]
}

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10)

// An uploaded file of payments: each row checked against the cooperative's
// agreements (its own, in force on the day paid) and its ledger (a
// reference already used for other content is an error; for the same
// content, the row is skipped, so the same file twice writes nothing the
// second time). With `all_or_nothing`, one bad row writes nothing; with
// `good_rows`, the good rows are written. Written in one transaction, the
// last write of its workflow.
export const importPayoutsStep = createStep(
  "import-payouts",
  async (
    input: {
      cooperative_id: string
      recorded_by: string
      mode: "all_or_nothing" | "good_rows"
      rows: PayoutRow[]
      // Errors the file's parsing already found.
      errors: RowError[]
    },
    { container }
  ) => {
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const errors = [...input.errors]
    const ids = [...new Set(input.rows.map((r) => r.agreement_id))]
    const agreements = new Map(
      (ids.length
        ? await linkage.listLinkageAgreements(
            { cooperative_id: input.cooperative_id, id: ids },
            { take: null }
          )
        : []
      ).map((a) => [a.id, a])
    )
    const references = [...new Set(input.rows.map((r) => r.reference))]
    const existing = new Map(
      (references.length
        ? await linkage.listLinkagePayouts(
            { cooperative_id: input.cooperative_id, reference: references },
            { take: null }
          )
        : []
      ).map((p) => [p.reference, p])
    )
    const seen = new Set<string>()
    let skipped = 0
    const good = input.rows.flatMap((row) => {
      const fail = (field: string, reason: string) => {
        errors.push({ row: row.row, field, reason })
        return []
      }
      if (seen.has(row.reference)) {
        return fail("reference", "used by an earlier row of this file")
      }
      seen.add(row.reference)
      const agreement = agreements.get(row.agreement_id)
      if (!agreement)
        return fail("agreement_id", "no such agreement of the cooperative")
      const paid = day(row.paid_on)
      if (
        paid < day(agreement.starts_on) ||
        (agreement.ends_on && paid > day(agreement.ends_on))
      ) {
        return fail("paid_on", "outside the agreement's term")
      }
      const found = existing.get(row.reference)
      if (found) {
        const same =
          found.agreement_id === row.agreement_id &&
          found.amount === row.amount &&
          found.method === row.method &&
          found.entry === "payment" &&
          day(found.paid_on) === paid
        if (same) {
          skipped++
          return []
        }
        return fail(
          "reference",
          "already used by another payout of the cooperative"
        )
      }
      return [
        {
          cooperative_id: input.cooperative_id,
          household_id: agreement.household_id,
          agreement_id: agreement.id,
          kind: agreement.kind,
          entry: "payment" as const,
          amount: row.amount,
          paid_on: new Date(row.paid_on),
          method: row.method,
          reference: row.reference,
          reverses_id: null,
          recorded_by: input.recorded_by,
        },
      ]
    })
    errors.sort((a, b) => a.row - b.row)
    if (input.mode === "all_or_nothing" && errors.length) {
      return new StepResponse<ImportResult>({ imported: 0, skipped, errors })
    }
    const recorded = good.length ? await linkage.recordPayoutEntries(good) : []
    return new StepResponse<ImportResult>({
      imported: recorded.length,
      skipped,
      errors,
    })
  }
)
