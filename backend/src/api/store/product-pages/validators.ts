import { z } from "@medusajs/framework/zod"

export type StoreProductPageParamsType = z.infer<typeof StoreProductPageParams>
export const StoreProductPageParams = z
  .object({
    // Prices for this region; without one the variants carry none.
    region_id: z
      .string({ message: "region_id must be a region id" })
      .regex(/^reg_[0-9A-Za-z]{1,64}$/, "region_id must be a region id")
      .optional(),
  })
  .strict()
