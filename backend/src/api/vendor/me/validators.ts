import { z } from "@medusajs/framework/zod"
import { webUrl } from "../../utils/web-url"
import { dateField } from "../../utils/date-field"

export type VendorUpdateProfileType = z.infer<typeof VendorUpdateProfile>
export const VendorUpdateProfile = z
  .object({
    story: z.string().max(5000).nullable(),
    logo_url: webUrl().nullable(),
    contact_email: z.string().email(),
  })
  .partial()
  .strict()

export type VendorAddCertificationType = z.infer<typeof VendorAddCertification>
export const VendorAddCertification = z
  .object({
    kind: z.enum([
      "green_food",
      "organic",
      "geographic_indication",
      "pollution_free",
      "other",
    ]),
    number: z.string().trim().min(1).max(100),
    issued_by: z.string().max(200).nullish(),
    expires_at: dateField("expires_at").nullish(),
  })
  .strict()
