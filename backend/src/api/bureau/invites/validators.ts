import { z } from "@medusajs/framework/zod"

export type BureauAcceptInviteType = z.infer<typeof BureauAcceptInvite>
export const BureauAcceptInvite = z
  .object({ token: z.string().min(10).max(200) })
  .strict()
