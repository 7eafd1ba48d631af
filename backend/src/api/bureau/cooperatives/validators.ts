import { z } from "@medusajs/framework/zod"
import { countyCodeField } from "../../utils/county-code"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type BureauGetCooperativesParamsType = z.infer<
  typeof BureauGetCooperativesParams
>
export const BureauGetCooperativesParams = createFindParams({
  limit: 20,
  offset: 0,
}).extend({
  status: z.enum(["pending", "approved", "suspended"]).optional(),
})

export type BureauApproveCooperativeType = z.infer<
  typeof BureauApproveCooperative
>
export const BureauApproveCooperative = z
  .object({ reason: z.string().max(2000).nullish() })
  .strict()

export type BureauSuspendCooperativeType = z.infer<
  typeof BureauSuspendCooperative
>
export const BureauSuspendCooperative = z
  .object({ reason: z.string().min(2).max(2000) })
  .strict()

export type BureauGrantCountyType = z.infer<typeof BureauGrantCounty>
export const BureauGrantCounty = z
  .object({
    county_code: countyCodeField,
    reason: z.string().trim().min(2).max(2000),
  })
  .strict()

export type BureauRevokeCountyType = z.infer<typeof BureauRevokeCounty>
export const BureauRevokeCounty = z
  .object({ reason: z.string().trim().min(2).max(2000) })
  .strict()
