import { z } from "@medusajs/framework/zod"
import { reportPage, reportPeriod } from "../../utils/report-params"

// The platform's attribution by county and period (an operator's overview).
export type AdminAttributionOverviewParamsType = z.infer<
  typeof AdminAttributionOverviewParams
>
export const AdminAttributionOverviewParams = z
  .object({
    ...reportPage,
    ...reportPeriod,
    grain: z.enum(["day", "month", "year"]).default("month"),
  })
  .strict()
