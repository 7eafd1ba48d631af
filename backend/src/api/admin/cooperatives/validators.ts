import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { countyCodeField } from "../../utils/county-code"

export type AdminGetCooperativesParamsType = z.infer<
  typeof AdminGetCooperativesParams
>
export const AdminGetCooperativesParams = createFindParams({
  limit: 20,
  offset: 0,
}).extend({
  status: z.enum(["pending", "approved", "suspended"]).optional(),
  county_code: countyCodeField.optional(),
  q: z.string().trim().max(100).optional(),
})

// Suspending or reinstating always says why: the reason is shown to the
// cooperative and kept in the audit log.
export type AdminChangeCooperativeStatusType = z.infer<
  typeof AdminChangeCooperativeStatus
>
export const AdminChangeCooperativeStatus = z
  .object({ reason: z.string().trim().min(2).max(2000) })
  .strict()
