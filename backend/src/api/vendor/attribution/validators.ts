import { z } from "@medusajs/framework/zod"
import { reportPage, reportPeriod } from "../../utils/report-params"

export type VendorAttributionParamsType = z.infer<
  typeof VendorAttributionParams
>
export const VendorAttributionParams = z
  .object({
    view: z.enum(["month", "household", "batch"]).default("month"),
    grain: z.enum(["day", "month", "year"]).optional(),
    ...reportPeriod,
    ...reportPage,
  })
  .strict()
