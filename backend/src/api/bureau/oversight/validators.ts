import { z } from "@medusajs/framework/zod"
import {
  AID_MAX_FEN,
  chinaToday,
  AID_SOURCE_KINDS,
  CASE_CATEGORIES,
  EXIT_CRITERIA,
  FLAG_RESOLUTIONS,
  FLAG_RULES,
  SHOCK_KINDS,
} from "@tianfu/domain"
import { countyCodeField } from "../../utils/county-code"
import { csvLayoutParams, reportPage } from "../../utils/report-params"

const thisYear = () => Number(chinaToday().slice(0, 4))
const year = z.coerce
  .number({ message: "year must be a year from 2013" })
  .int("year must be a whole year")
  .min(2013, "year must be from 2013")
  .refine((y) => y <= thisYear(), "year must not be in the future")

const text = (field: string, max: number) =>
  z
    .string({ message: `${field} is required` })
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field} must be at most ${max} characters`)
    .refine((v) => !/[\p{Cc}]/u.test(v), `${field} must be printable text`)

const queue = {
  ...reportPage,
  county_code: countyCodeField.optional(),
  township: z.string().trim().min(1).max(100).optional(),
  year: year.optional(),
  // Open longer than this many days.
  older_than_days: z.coerce.number().int().min(0).max(3650).optional(),
  assigned: z.enum(["me", "nobody", "anyone"]).optional(),
}

export type BureauFlagQueueParamsType = z.infer<typeof BureauFlagQueueParams>
export const BureauFlagQueueParams = z
  .object({
    ...queue,
    rule: z.enum(FLAG_RULES).optional(),
    status: z.enum(["open", "resolved", "cleared", "all"]).default("open"),
  })
  .strict()

export type BureauCaseQueueParamsType = z.infer<typeof BureauCaseQueueParams>
export const BureauCaseQueueParams = z
  .object({
    ...queue,
    category: z.enum(CASE_CATEGORIES).optional(),
    status: z.enum(["open", "closed", "all"]).default("open"),
  })
  .strict()

export type BureauHouseholdAidParamsType = z.infer<
  typeof BureauHouseholdAidParams
>
export const BureauHouseholdAidParams = z
  .object({
    year: year.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type BureauAssignType = z.infer<typeof BureauAssign>
export const BureauAssign = z
  .object({
    // A reviewer whose jurisdiction covers the item; null to unassign.
    bureau_user_id: z.string().trim().min(1).max(100).nullable(),
  })
  .strict()

export type BureauCommentType = z.infer<typeof BureauComment>
export const BureauComment = z.object({ body: text("body", 2000) }).strict()

export type BureauResolveFlagType = z.infer<typeof BureauResolveFlag>
export const BureauResolveFlag = z
  .object({
    resolution: z.enum(FLAG_RESOLUTIONS, {
      message: `resolution must be one of ${FLAG_RESOLUTIONS.join(", ")}`,
    }),
    reason: text("reason", 1000),
  })
  .strict()

export type BureauCloseCaseType = z.infer<typeof BureauCloseCase>
export const BureauCloseCase = z
  .object({
    exit_criteria: z
      .array(
        z.enum(EXIT_CRITERIA, {
          message: `exit_criteria must each be one of ${EXIT_CRITERIA.join(", ")}`,
        }),
        { message: "exit_criteria must be a list" }
      )
      .min(1, "exit_criteria must name at least one criterion the case met")
      .max(EXIT_CRITERIA.length),
    reason: text("reason", 1000),
  })
  .strict()

export type BureauStartRunType = z.infer<typeof BureauStartRun>
export const BureauStartRun = z.object({ year: year.optional() }).strict()

export type BureauRunsParamsType = z.infer<typeof BureauRunsParams>
export const BureauRunsParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

const percent = (field: string, min: number, max: number) =>
  z
    .number({ message: `${field} must be a number` })
    .int(`${field} must be a whole number`)
    .min(min, `${field} must be at least ${min}`)
    .max(max, `${field} must be at most ${max}`)

// Only what the jurisdiction changes; null puts a setting back to what
// holds above it.
export type BureauSettingsType = z.infer<typeof BureauSettings>
export const BureauSettings = z
  .object({
    multiple_givers: percent("multiple_givers", 2, 50).nullable(),
    multiple_percentile: percent("multiple_percentile", 50, 100).nullable(),
    percentile_min_households: percent(
      "percentile_min_households",
      1,
      100_000
    ).nullable(),
    repeated_window_days: percent("repeated_window_days", 1, 730).nullable(),
    repeated_exempt: z
      .array(z.enum(AID_SOURCE_KINDS), {
        message: `repeated_exempt must list sources among ${AID_SOURCE_KINDS.join(", ")}`,
      })
      .max(AID_SOURCE_KINDS.length)
      .nullable(),
    two_horses_allowed: z
      .boolean({ message: "two_horses_allowed must be true or false" })
      .nullable(),
    imbalance_high_percent: percent(
      "imbalance_high_percent",
      101,
      10_000
    ).nullable(),
    imbalance_low_percent: percent("imbalance_low_percent", 0, 99).nullable(),
    edge_band_percent: percent("edge_band_percent", 100, 500).nullable(),
    income_drop_percent: percent("income_drop_percent", 1, 99).nullable(),
  })
  .partial()
  .strict()

export type BureauShockEventType = z.infer<typeof BureauShockEvent>
export const BureauShockEvent = z
  .object({
    kind: z.enum(SHOCK_KINDS, {
      message: `kind must be one of ${SHOCK_KINDS.join(", ")}`,
    }),
    occurred_on: z
      .string({ message: "occurred_on must be a date as YYYY-MM-DD" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "occurred_on must be a date as YYYY-MM-DD")
      .refine((v) => {
        const d = new Date(`${v}T00:00:00Z`)
        return (
          !Number.isNaN(d.getTime()) &&
          d.toISOString().slice(0, 10) === v &&
          v >= "2013-01-01" &&
          v <= chinaToday()
        )
      }, "occurred_on must be a real date from 2013-01-01 to today"),
    description: text("description", 1000).optional(),
  })
  .strict()

export type BureauOversightReportParamsType = z.infer<
  typeof BureauOversightReportParams
>
export const BureauOversightReportParams = z
  .object({
    format: z.enum(["json", "csv"]).default("json"),
    ...csvLayoutParams,
    county_code: countyCodeField.optional(),
    year: year.optional(),
    group_by: z.enum(["county", "township"]).default("township"),
  })
  .strict()

// Aid records posted as JSON: as an aid list's rows, at most 500.
const aidRecord = z
  .object({
    registry_number: z.string().max(40).optional(),
    id_number: z.string().max(40).optional(),
    source_kind: z.string().max(40),
    giver: z.string().max(200),
    purpose: z.string().max(200),
    // Fen; or yuan as an aid list writes it.
    amount: z
      .number({ message: "amount must be a whole number of fen" })
      .int("amount must be a whole number of fen")
      .positive("amount must be more than zero")
      .max(AID_MAX_FEN, "amount must be at most 1,000,000,000 fen"),
    in_kind: z.string().max(400).nullable().optional(),
    given_on: z.string().max(20),
    reference: z.string().max(100),
  })
  .strict()

export type BureauPostAidType = z.infer<typeof BureauPostAid>
export const BureauPostAid = z
  .object({
    records: z
      .array(aidRecord, { message: "records must be a list" })
      .min(1, "records must hold at least one record")
      .max(
        500,
        "records must hold at most 500 records; import a file for more"
      ),
  })
  .strict()
