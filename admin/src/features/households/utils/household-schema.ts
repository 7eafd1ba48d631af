import { isValidIdNumber, normalizeIdNumber } from "@tianfu/domain"
import { z } from "zod"

// Messages are i18n keys under households:errors.*, so the form shows them
// in the user's language; the backend checks the same rules again.
const text = (max: number) =>
  z.string().trim().min(1, "required").max(max, "tooLong")

export const phoneSchema = z
  .string()
  .trim()
  .refine((value) => value === "" || /^1\d{10}$/.test(value), "phone")

export const memberCountSchema = z
  .number("memberCount")
  .int("memberCount")
  .min(1, "memberCount")
  .max(30, "memberCount")

export const idNumberSchema = z
  .string()
  .trim()
  .transform(normalizeIdNumber)
  .refine(isValidIdNumber, "idNumber")

export const HouseholdRegistrationSchema = z
  .object({
    registry_number: z
      .string()
      .trim()
      .min(4, "registryNumber")
      .max(40, "registryNumber"),
    county_code: z.string().regex(/^\d{6}$/, "county"),
    township: text(100),
    village: text(100),
    head_name: text(50),
    id_number: idNumberSchema,
    phone: phoneSchema,
    member_count: memberCountSchema,
    poverty_cause: z.string().trim().max(200, "tooLong"),
  })
  .strict()

export type HouseholdRegistrationInput = z.input<
  typeof HouseholdRegistrationSchema
>
export type HouseholdRegistrationValues = z.output<
  typeof HouseholdRegistrationSchema
>

// The API only ever returns the head's name and the phone masked, so the
// edit form starts them blank: blank keeps what is stored.
export const HouseholdUpdateSchema = z.object({
  township: text(100),
  village: text(100),
  head_name: z.string().trim().max(50, "tooLong"),
  phone: phoneSchema,
  member_count: memberCountSchema,
  poverty_cause: z.string().trim().max(200, "tooLong"),
})

export type HouseholdUpdateValues = z.infer<typeof HouseholdUpdateSchema>

export const HouseholdLinkSchema = z.object({
  registry_number: z
    .string()
    .trim()
    .min(4, "registryNumber")
    .max(40, "registryNumber"),
  id_number: idNumberSchema,
})

export type HouseholdLinkInput = z.input<typeof HouseholdLinkSchema>
export type HouseholdLinkValues = z.output<typeof HouseholdLinkSchema>
