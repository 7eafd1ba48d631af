import { z } from "@medusajs/framework/zod"
import { isValidIdNumber, povertyCauseOf } from "@tianfu/domain"

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

// A poverty cause from the national categories, as its code or its
// Chinese word (因病, 缺技术, …); stored as the code.
export const povertyCauseField = z
  .string()
  .trim()
  .max(50)
  .transform((value, ctx) => {
    const cause = povertyCauseOf(value)
    if (!cause) {
      ctx.addIssue({
        code: "custom",
        message:
          "poverty_cause must be one of the national categories (illness, disability, lack_of_labour, lack_of_skills, lack_of_land, lack_of_water, disaster, schooling, lack_of_capital, other)",
      })
      return z.NEVER
    }
    return cause
  })
