import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { dateField } from "../../utils/date-field"
import { AGREEMENT_KINDS } from "../agreements/validators"

export type VendorCreateObligationType = z.infer<typeof VendorCreateObligation>
export const VendorCreateObligation = z
  .object({
    agreement_id: z.string().trim().min(1).max(64),
    // A month (2026-06) for wages, a year (2026) for dividends and rent.
    period: z
      .string()
      .regex(
        /^(19|20)\d{2}(-(0[1-9]|1[0-2]))?$/,
        "period must be a year (2026) or a month (2026-06)"
      ),
    due_on: dateField("due_on"),
    work_days: z.number().int().min(1).max(31).optional(),
    // The cooperative's surplus for the year, in fen.
    surplus: z.number().int().min(0).max(100_000_000_000).optional(),
  })
  .strict()

export type VendorGetObligationsParamsType = z.infer<
  typeof VendorGetObligationsParams
>
export const VendorGetObligationsParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  household_id: z.string().max(64).optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
  open: z.enum(["true", "false"]).optional(),
})
