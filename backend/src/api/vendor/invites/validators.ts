import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type VendorCreateInviteType = z.infer<typeof VendorCreateInvite>
export const VendorCreateInvite = z
  .object({ email: z.string().email() })
  .strict()

export type VendorAcceptInviteType = z.infer<typeof VendorAcceptInvite>
export const VendorAcceptInvite = z
  .object({
    token: z.string().min(10).max(200),
    first_name: z.string().max(100).nullish(),
    last_name: z.string().max(100).nullish(),
  })
  .strict()

export type VendorGetInvitesParamsType = z.infer<typeof VendorGetInvitesParams>
export const VendorGetInvitesParams = createFindParams({
  limit: 50,
  offset: 0,
})
