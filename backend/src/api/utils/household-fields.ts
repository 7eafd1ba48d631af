import { z } from "@medusajs/framework/zod"
import { isValidIdNumber } from "@tianfu/domain"

// Shared zod pieces for household input; messages start with the field name
// because Medusa reports a custom message without the path.
export const idNumberField = z
  .string()
  .trim()
  .refine(
    isValidIdNumber,
    "id_number is not a valid resident ID number (GB 11643 check digit)"
  )

export const phoneField = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, "phone must be an 11-digit mainland mobile number")

export const householdStatusField = z.enum([
  "registered",
  "lifted",
  "monitored",
  "returned",
])

export const yearField = z.number().int().min(2013).max(2100)
