import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type BureauGetDisputesParamsType = z.infer<
  typeof BureauGetDisputesParams
>
export const BureauGetDisputesParams = createFindParams({
  limit: 20,
  offset: 0,
}).extend({
  status: z.enum(["open", "resolved"]).optional(),
})

export type BureauResolveDisputeType = z.infer<typeof BureauResolveDispute>
export const BureauResolveDispute = z
  .object({
    // upheld: the household is right (the cooperative must pay); rejected:
    // the payout stands as recorded.
    resolution: z.enum(["upheld", "rejected"]),
    reason: z.string().trim().min(2).max(1000),
  })
  .strict()
