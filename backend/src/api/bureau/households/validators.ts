import { z } from "@medusajs/framework/zod"
import { IDENTITY_REVEAL_PURPOSES } from "@tianfu/domain"
import { countyCodeField } from "../../utils/county-code"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { householdStatusField, yearField } from "../../utils/household-fields"

export type BureauGetHouseholdsParamsType = z.infer<
  typeof BureauGetHouseholdsParams
>
export const BureauGetHouseholdsParams = createFindParams({
  limit: 20,
  offset: 0,
}).extend({
  verification: z.enum(["pending", "verified", "rejected"]).optional(),
  status: householdStatusField.optional(),
  county_code: countyCodeField.optional(),
})

export type BureauVerifyHouseholdType = z.infer<typeof BureauVerifyHousehold>
export const BureauVerifyHousehold = z
  .object({
    decision: z.enum(["verified", "rejected"]),
    note: z.string().max(2000).nullish(),
  })
  .strict()

export type BureauChangeHouseholdStatusType = z.infer<
  typeof BureauChangeHouseholdStatus
>
export const BureauChangeHouseholdStatus = z
  .object({ status: householdStatusField, year: yearField })
  .strict()

export type BureauAssignHouseholdType = z.infer<typeof BureauAssignHousehold>
export const BureauAssignHousehold = z
  .object({
    cooperative_id: z.string().trim().min(1).max(100),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict()

export type BureauRevealHouseholdIdentityType = z.infer<
  typeof BureauRevealHouseholdIdentity
>
export const BureauRevealHouseholdIdentity = z
  .object({
    purpose: z.enum(IDENTITY_REVEAL_PURPOSES),
    note: z.string().trim().max(200).nullish(),
  })
  .strict()
