import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { dateField } from "../../utils/date-field"

// Integer fen, positive, below what one agreement could ever name.
const fen = (field: string) =>
  z
    .number({ message: `${field} must be an amount in integer fen` })
    .int(`${field} must be an amount in integer fen`)
    .min(1, `${field} must be at least 1 fen`)
    .max(1_000_000_000, `${field} is too large`)

const common = {
  household_id: z.string().trim().min(1).max(64),
  starts_on: dateField("starts_on"),
  // The signed copy, uploaded first through POST /vendor/documents.
  document_id: z.string().trim().min(1).max(64).nullish(),
}

export const AGREEMENT_KINDS = [
  "purchase",
  "wage",
  "dividend",
  "land_rent",
] as const

// One shape per kind: only that kind's terms, all of them required (a
// dividend is a share of the surplus or an amount per share, not both).
export type VendorCreateAgreementType = z.infer<typeof VendorCreateAgreement>
export const VendorCreateAgreement = z
  .discriminatedUnion("kind", [
    z
      .object({
        kind: z.literal("purchase"),
        ...common,
        floor_price: fen("floor_price"),
        // The unit a batch is counted in: the floor binds batches in it.
        unit: z.enum(["kg", "g", "piece", "l"]),
      })
      .strict(),
    z
      .object({
        kind: z.literal("wage"),
        ...common,
        daily_wage: fen("daily_wage"),
      })
      .strict(),
    z
      .object({
        kind: z.literal("dividend"),
        ...common,
        surplus_share_bp: z.number().int().min(1).max(10_000).optional(),
        per_share_amount: fen("per_share_amount").optional(),
        shares: z.number().int().min(1).max(1_000_000).optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal("land_rent"),
        ...common,
        rent_per_mu: fen("rent_per_mu"),
        // Hundredths of a mu (1.5 mu = 150).
        area_centi_mu: z.number().int().min(1).max(100_000_000),
      })
      .strict(),
  ])
  .superRefine((body, ctx) => {
    if (body.kind !== "dividend") return
    const byShare =
      body.per_share_amount !== undefined || body.shares !== undefined
    const bySurplus = body.surplus_share_bp !== undefined
    if (bySurplus === byShare) {
      ctx.addIssue({
        code: "custom",
        path: ["surplus_share_bp"],
        message:
          "surplus_share_bp, or per_share_amount with shares: exactly one form of dividend",
      })
    } else if (
      byShare &&
      (body.per_share_amount === undefined || body.shares === undefined)
    ) {
      ctx.addIssue({
        code: "custom",
        path: [body.shares === undefined ? "shares" : "per_share_amount"],
        message: "a dividend per share needs both per_share_amount and shares",
      })
    }
  })

export type VendorEndAgreementType = z.infer<typeof VendorEndAgreement>
export const VendorEndAgreement = z
  .object({
    ends_on: dateField("ends_on"),
    reason: z.string().trim().min(2).max(500),
  })
  .strict()

export type VendorGetAgreementsParamsType = z.infer<
  typeof VendorGetAgreementsParams
>
export const VendorGetAgreementsParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  household_id: z.string().max(64).optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
  in_force: z.enum(["true", "false"]).optional(),
})

export type VendorAttachAgreementDocumentType = z.infer<
  typeof VendorAttachAgreementDocument
>
export const VendorAttachAgreementDocument = z
  .object({ document_id: z.string().trim().min(1).max(64) })
  .strict()
