import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type BureauGetJoinRequestsParamsType = z.infer<
  typeof BureauGetJoinRequestsParams
>
export const BureauGetJoinRequestsParams = createFindParams({
  limit: 20,
  offset: 0,
}).extend({
  status: z.enum(["pending", "approved", "rejected"]).optional(),
  // The reviewers' queue: what cooperatives asked (default), or what
  // reviewers proposed and cooperatives are to answer.
  initiated_by: z.enum(["cooperative", "bureau"]).default("cooperative"),
})

export type BureauDecideJoinRequestType = z.infer<
  typeof BureauDecideJoinRequest
>
export const BureauDecideJoinRequest = z
  .object({ note: z.string().trim().max(2000).nullish() })
  .strict()

export type BureauRejectJoinRequestType = z.infer<
  typeof BureauRejectJoinRequest
>
export const BureauRejectJoinRequest = z
  .object({ note: z.string().trim().min(1, "note: give a reason").max(2000) })
  .strict()
