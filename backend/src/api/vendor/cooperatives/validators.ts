import { z } from "@medusajs/framework/zod"
import { countyCodeField } from "../../utils/county-code"
import { webUrl } from "../../utils/web-url"

export type VendorRegisterCooperativeType = z.infer<
  typeof VendorRegisterCooperative
>
export const VendorRegisterCooperative = z
  .object({
    name: z.string().min(2).max(200),
    handle: z
      .string()
      .regex(
        /^[a-z0-9]+(-[a-z0-9]+)*$/,
        "handle must be lowercase letters, digits and dashes"
      )
      .max(100),
    credit_code: z.string().length(18, "credit_code must have 18 characters"),
    county_code: countyCodeField,
    contact_email: z.string().email(),
    story: z.string().max(5000).nullish(),
    logo_url: webUrl().nullish(),
    first_name: z.string().max(100).nullish(),
    last_name: z.string().max(100).nullish(),
  })
  .strict()
