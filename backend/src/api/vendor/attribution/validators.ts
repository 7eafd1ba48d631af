import { z } from "@medusajs/framework/zod"

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")

export type VendorAttributionParamsType = z.infer<
  typeof VendorAttributionParams
>
export const VendorAttributionParams = z
  .object({
    view: z.enum(["month", "household", "batch"]).default("month"),
    grain: z.enum(["day", "month", "year"]).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    format: z.enum(["json", "csv"]).default("json"),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
