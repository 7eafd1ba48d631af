import { z } from "@medusajs/framework/zod"
import { countyCodeField } from "../../utils/county-code"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  householdStatusField,
  idNumberField,
  phoneField,
  povertyCauseField,
} from "../../utils/household-fields"

export type VendorCreateHouseholdType = z.infer<typeof VendorCreateHousehold>
export const VendorCreateHousehold = z
  .object({
    registry_number: z.string().trim().min(4).max(40),
    county_code: countyCodeField,
    township: z.string().trim().min(1).max(100),
    village: z.string().trim().min(1).max(100),
    head_name: z.string().trim().min(1).max(50),
    id_number: idNumberField,
    phone: phoneField.nullish(),
    member_count: z.number().int().min(1).max(30),
    poverty_cause: povertyCauseField.nullish(),
    // No status: whether a household is lifted, monitored or returned is
    // the bureau's decision (POST /bureau/households/:id/status), so a
    // cooperative sending one gets a 400 naming the field.
  })
  .strict()

export type VendorUpdateHouseholdType = z.infer<typeof VendorUpdateHousehold>
export const VendorUpdateHousehold = z
  .object({
    township: z.string().trim().min(1).max(100),
    village: z.string().trim().min(1).max(100),
    head_name: z.string().trim().min(1).max(50),
    phone: phoneField.nullable(),
    member_count: z.number().int().min(1).max(30),
    poverty_cause: povertyCauseField.nullable(),
  })
  .partial()
  .strict()

export type VendorLinkHouseholdType = z.infer<typeof VendorLinkHousehold>
export const VendorLinkHousehold = z
  .object({
    registry_number: z.string().trim().min(4).max(40),
    id_number: idNumberField,
  })
  .strict()

export type VendorGetHouseholdsParamsType = z.infer<
  typeof VendorGetHouseholdsParams
>
export const VendorGetHouseholdsParams = createFindParams({
  limit: 20,
  offset: 0,
}).extend({
  status: householdStatusField.optional(),
})

export type VendorGetJoinRequestsParamsType = z.infer<
  typeof VendorGetJoinRequestsParams
>
export const VendorGetJoinRequestsParams = createFindParams({
  limit: 20,
  offset: 0,
})

export type VendorStatementParamsType = z.infer<typeof VendorStatementParams>
export const VendorStatementParams = z
  .object({ year: z.coerce.number().int().min(2000).max(2100).optional() })
  .strict()

export type VendorAcceptAssignmentType = z.infer<typeof VendorAcceptAssignment>
export const VendorAcceptAssignment = z
  .object({ note: z.string().trim().max(2000).nullish() })
  .strict()

export type VendorDeclineAssignmentType = z.infer<
  typeof VendorDeclineAssignment
>
export const VendorDeclineAssignment = z
  .object({ note: z.string().trim().min(1, "note: give a reason").max(2000) })
  .strict()
