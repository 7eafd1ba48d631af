import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export type VendorGetOrdersParamsType = z.infer<typeof VendorGetOrdersParams>
export const VendorGetOrdersParams = createFindParams({ limit: 20, offset: 0 })

export type VendorCreateFulfillmentType = z.infer<
  typeof VendorCreateFulfillment
>
export const VendorCreateFulfillment = z
  .object({
    // Omitted: every unfulfilled unit of the cooperative's own lines.
    items: z
      .array(
        z
          .object({
            id: z.string().min(1),
            quantity: z.number().int().positive(),
          })
          .strict()
      )
      .min(1)
      .optional(),
  })
  .strict()
