import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { dateField } from "../../utils/date-field"

export type BureauGetAuditLogParamsType = z.infer<
  typeof BureauGetAuditLogParams
>
export const BureauGetAuditLogParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  actor_type: z.enum(["cooperative_user", "bureau_user", "user"]).optional(),
  actor_id: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  resource_type: z.string().max(100).optional(),
  resource_id: z.string().max(100).optional(),
  from: dateField("from").optional(),
  to: dateField("to").optional(),
})
