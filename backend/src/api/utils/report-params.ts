import { z } from "@medusajs/framework/zod"
import { CSV_LANGUAGES, CSV_LAYOUTS } from "../../lib/reports/csv-layout"
import { isValidDateString } from "./date-field"

// A report's date bound; the message names the field, as every 400 should,
// and a date that is not on the calendar or outside 1900–2100 is one too.
export const reportDate = (field: "from" | "to") =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date as YYYY-MM-DD`)
    .refine(
      isValidDateString,
      `${field} must be a real date between 1900 and 2100, as YYYY-MM-DD`
    )

// Query fields every report shares: the period bounds and the page or CSV.
export const reportPeriod = {
  from: reportDate("from").optional(),
  to: reportDate("to").optional(),
}

// A CSV's layout: for reviewers (their language, yuan, county names; the
// default) or for machines (column codes, fen).
export const csvLayoutParams = {
  layout: z.enum(CSV_LAYOUTS).default("reviewer"),
  lang: z.enum(CSV_LANGUAGES).default("zh-CN"),
}

export const reportPage = {
  format: z.enum(["json", "csv"]).default("json"),
  ...csvLayoutParams,
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}
