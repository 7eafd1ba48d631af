import { z } from "@medusajs/framework/zod"

// Years a date in this product can fall in: harvests, trace events, reports
// and audit searches. Year 0 or 100000 is a typo or an attack, and
// PostgreSQL or the date maths below it would answer with a 500.
const FIRST_YEAR = 1900
const LAST_YEAR = 2100
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

// Whether `value` is a real calendar date (2026-02-30 is not) in range.
export function isValidDateString(value: string): boolean {
  const match = ISO.exec(value)
  if (!match) return false
  const [year, month, day] = match.slice(1, 4).map(Number)
  if (year < FIRST_YEAR || year > LAST_YEAR) return false
  const calendar = new Date(Date.UTC(year, month - 1, day))
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day
  ) {
    return false
  }
  const [hour = 0, minute = 0, second = 0] = match
    .slice(4, 7)
    .map((part) => (part === undefined ? 0 : Number(part)))
  return (
    hour < 24 && minute < 60 && second < 60 && !Number.isNaN(Date.parse(value))
  )
}

// A date or date-time as ISO 8601 text, never coerced from a boolean or a
// number; the message names the field and never echoes the value.
export const dateText = (field: string) =>
  z
    .string({
      message: `${field} must be a date as YYYY-MM-DD or an ISO 8601 date-time`,
    })
    .max(40, `${field} must be a date as YYYY-MM-DD or an ISO 8601 date-time`)
    .refine(
      isValidDateString,
      `${field} must be a real date between ${FIRST_YEAR} and ${LAST_YEAR}, as YYYY-MM-DD or an ISO 8601 date-time`
    )

// The same, as a Date.
export const dateField = (field: string) =>
  dateText(field).transform((value) => new Date(value))
