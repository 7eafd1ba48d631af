import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { dateField } from "../../utils/date-field"
import { AGREEMENT_KINDS } from "../agreements/validators"

export const PAYOUT_METHODS = [
  "bank_transfer",
  "wechat_pay",
  "alipay",
  "cash",
] as const

// The cooperative's own reference (transfer number, receipt): printable
// text without control characters, so it is safe in a CSV and on a slip.
const reference = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}]+$/u, "reference must be printable text")

export type VendorCreatePayoutType = z.infer<typeof VendorCreatePayout>
export const VendorCreatePayout = z
  .object({
    agreement_id: z.string().trim().min(1).max(64),
    amount: z
      .number({ message: "amount must be an amount in integer fen" })
      .int("amount must be an amount in integer fen")
      .min(1, "amount must be at least 1 fen")
      .max(100_000_000, "amount is too large for one payout"),
    paid_on: dateField("paid_on"),
    method: z.enum(PAYOUT_METHODS),
    reference,
    note: z.string().trim().max(500).nullish(),
    // The receipt, uploaded first through POST /vendor/documents.
    evidence_document_id: z.string().trim().min(1).max(64).nullish(),
  })
  .strict()

export type VendorReversePayoutType = z.infer<typeof VendorReversePayout>
export const VendorReversePayout = z
  .object({
    reference,
    reason: z.string().trim().min(2).max(500),
  })
  .strict()

export type VendorGetPayoutsParamsType = z.infer<typeof VendorGetPayoutsParams>
export const VendorGetPayoutsParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  household_id: z.string().max(64).optional(),
  agreement_id: z.string().max(64).optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
})

export type VendorImportPayoutsType = z.infer<typeof VendorImportPayouts>
export const VendorImportPayouts = z
  .object({
    // The file's text (the console decodes GBK and UTF-8 before sending).
    csv: z.string().min(1).max(3_000_000),
    // all_or_nothing: one bad row writes nothing; good_rows: the good rows
    // are written and the bad ones reported.
    mode: z.enum(["all_or_nothing", "good_rows"]).default("all_or_nothing"),
  })
  .strict()
