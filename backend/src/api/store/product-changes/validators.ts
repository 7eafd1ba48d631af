import { z } from "@medusajs/framework/zod"

export type StoreProductChangesParamsType = z.infer<
  typeof StoreProductChangesParams
>
export const StoreProductChangesParams = z
  .object({
    // The `until` of the previous answer; without it, only `until` comes
    // back (a cache that starts empty has nothing to drop).
    since: z
      .string({ message: "since must be an ISO 8601 time" })
      .datetime({ offset: true, message: "since must be an ISO 8601 time" })
      .optional(),
  })
  .strict()
