import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { LINKAGE_MODULE } from "../../../modules/linkage"
import type LinkageModuleService from "../../../modules/linkage/service"
import { isUniqueViolation } from "./create-agreement"

export type PayoutInput = {
  cooperative_id: string
  household_id: string
  agreement_id: string
  kind: "purchase" | "wage" | "dividend" | "land_rent"
  entry: "payment" | "reversal"
  amount: number
  // A Date, or its ISO text once the workflow engine has serialised it.
  paid_on: Date | string
  method: "bank_transfer" | "wechat_pay" | "alipay" | "cash"
  reference: string
  reverses_id?: string | null
  note?: string | null
  evidence_document_id?: string | null
  recorded_by: string
}

// The entry (a payment also lists the settlements it made) and whether
// this call wrote it.
export type RecordedPayoutEntry = {
  payout: { id: string } & Record<string, unknown>
  created: boolean
}

// The fields that make two entries with one reference the same payout.
const SAME = [
  "household_id",
  "agreement_id",
  "entry",
  "amount",
  "method",
  "reverses_id",
  "evidence_document_id",
] as const

// Appends one entry to the payout ledger (a payment settles the household's
// open obligations of its kind in the same transaction, see
// LinkageModuleService.recordPayoutEntry), the last write of its workflow
// (the ledger refuses deletes, so nothing may fail after it). Sent again
// with the same reference and the same content, it writes nothing and
// answers the entry already there (`created: false`); the same reference
// with other content is a 409. A reversal of a payment reversed already is
// a 409 too (the unique index decides when two race).
export const recordPayoutStep = createStep(
  "record-payout",
  async (
    input: PayoutInput,
    { container }
  ): Promise<StepResponse<RecordedPayoutEntry>> => {
    const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
    const existing = async () =>
      (
        await linkage.listLinkagePayouts(
          { cooperative_id: input.cooperative_id, reference: input.reference },
          { take: 1 }
        )
      )[0]
    const same = (found: NonNullable<Awaited<ReturnType<typeof existing>>>) =>
      SAME.every((key) => (found[key] ?? null) === (input[key] ?? null)) &&
      new Date(found.paid_on).getTime() === new Date(input.paid_on).getTime()
    const settle = async () => {
      const found = await existing()
      if (found && same(found)) {
        return new StepResponse<RecordedPayoutEntry>({
          payout: found,
          created: false,
        })
      }
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        found
          ? "This reference is already used by another payout of the cooperative"
          : "The payment has already been reversed"
      )
    }
    if (await existing()) return settle()
    try {
      const payout = await linkage.recordPayoutEntry({
        ...input,
        paid_on: new Date(input.paid_on),
        reverses_id: input.reverses_id ?? null,
      })
      return new StepResponse<RecordedPayoutEntry>({ payout, created: true })
    } catch (error) {
      if (isUniqueViolation(error)) return settle()
      throw error
    }
  }
)
