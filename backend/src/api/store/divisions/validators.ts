import { z } from "@medusajs/framework/zod"

export type StoreGetDivisionsParamsType = z.infer<
  typeof StoreGetDivisionsParams
>
export const StoreGetDivisionsParams = z.object({
  // A GB/T 2260 code: 510000 Sichuan, 513400 Liangshan. Without it, the
  // provinces.
  parent: z
    .string()
    .regex(/^\d{6}$/, "parent must be a six-digit GB/T 2260 code")
    .optional(),
})
