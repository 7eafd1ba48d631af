import { z } from "@medusajs/framework/zod"

export type VendorUpdateProfileType = z.infer<typeof VendorUpdateProfile>
export const VendorUpdateProfile = z
  .object({
    story: z.string().max(5000).nullable(),
    logo_url: z.string().url().nullable(),
    contact_email: z.string().email(),
  })
  .partial()
  .strict()
