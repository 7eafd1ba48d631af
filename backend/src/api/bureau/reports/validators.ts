import { z } from "@medusajs/framework/zod"
import { countyCodeField } from "../../utils/county-code"
import { reportPage, reportPeriod } from "../../utils/report-params"

const year = z.coerce.number().int().min(2000).max(2100)

const page = { ...reportPage, county_code: countyCodeField.optional() }

export type ReportAttributionParamsType = z.infer<
  typeof ReportAttributionParams
>
export const ReportAttributionParams = z
  .object({
    ...page,
    group_by: z.enum(["county", "cooperative", "household"]).default("county"),
    grain: z.enum(["day", "month", "year"]).default("month"),
    ...reportPeriod,
    cooperative_id: z.string().min(1).optional(),
  })
  .strict()

// Household reports narrow to a township (by name) too.
const township = z.string().trim().min(1).max(60).optional()

export type ReportYearParamsType = z.infer<typeof ReportYearParams>
export const ReportYearParams = z
  .object({
    ...page,
    township,
    year: year.optional(),
    below_line_only: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
  })
  .strict()

export type ReportRangeParamsType = z.infer<typeof ReportRangeParams>
export const ReportRangeParams = z
  .object({
    ...page,
    ...reportPeriod,
  })
  .strict()

export type ReportHouseholdRangeParamsType = z.infer<
  typeof ReportHouseholdRangeParams
>
export const ReportHouseholdRangeParams = ReportRangeParams.extend({
  township,
}).strict()

export type ReportBenefitParamsType = z.infer<typeof ReportBenefitParams>
export const ReportBenefitParams = z
  .object({
    ...page,
    year: year.optional(),
    group_by: z
      .enum(["cooperative", "county", "household"])
      .default("cooperative"),
    // Required with group_by=household: one cooperative's members.
    cooperative_id: z.string().min(1).max(100).optional(),
    below_threshold_only: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
  })
  .strict()

// Late payments and floor-price compliance: obligations one by one.
export type ReportObligationsParamsType = z.infer<
  typeof ReportObligationsParams
>
export const ReportObligationsParams = z
  .object({
    ...page,
    cooperative_id: z.string().min(1).max(100).optional(),
    // Days after falling due before an unpaid obligation is late (default
    // LINKAGE_LATE_DAYS).
    days: z.coerce.number().int().min(0).max(3650).optional(),
  })
  .strict()

export type ReportCoverageParamsType = z.infer<typeof ReportCoverageParams>
export const ReportCoverageParams = z
  .object({
    ...page,
    year: year.optional(),
    group_by: z.enum(["county", "township"]).default("county"),
  })
  .strict()

export type ReportUnboundParamsType = z.infer<typeof ReportUnboundParams>
export const ReportUnboundParams = z
  .object({
    ...page,
    township: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
