import { z } from "@medusajs/framework/zod"

// A report's date bound; the message names the field, as every 400 should.
export const reportDate = (field: "from" | "to") =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date as YYYY-MM-DD`)

// Query fields every report shares: the period bounds and the page or CSV.
export const reportPeriod = {
  from: reportDate("from").optional(),
  to: reportDate("to").optional(),
}

export const reportPage = {
  format: z.enum(["json", "csv"]).default("json"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}
