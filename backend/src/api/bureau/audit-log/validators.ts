import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type BureauGetAuditLogParamsType = z.infer<
  typeof BureauGetAuditLogParams
>
export const BureauGetAuditLogParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  actor_type: z.enum(["cooperative_user", "bureau_user", "user"]).optional(),
  action: z.string().max(100).optional(),
  resource_type: z.string().max(100).optional(),
  resource_id: z.string().max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
})
