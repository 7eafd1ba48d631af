import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type StoreGetCountiesParamsType = z.infer<typeof StoreGetCountiesParams>
export const StoreGetCountiesParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  // A GB/T 2260 prefix: "51" Sichuan, "5134" Liangshan.
  region: z
    .string()
    .regex(
      /^(\d{2}|\d{4})$/,
      "region must be a two- or four-digit GB/T 2260 prefix"
    )
    .optional(),
  poverty_status: z.enum(["national_key", "provincial_key", "none"]).optional(),
})

export const StoreCountyCodeParam = z.string().regex(/^\d{6}$/)
