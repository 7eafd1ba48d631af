// Zod without `new Function`, set before this module makes a schema.
import "@/lib/zod-jitless"
import { z } from "zod"

// Messages are i18n keys; the form translates them.
export const addressSchema = z.object({
  email: z.string().trim().email("checkout.errors.email"),
  name: z.string().trim().min(1, "checkout.errors.name").max(60),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, "checkout.errors.phone"),
  province: z.string().trim().min(1, "checkout.errors.province").max(40),
  city: z.string().trim().min(1, "checkout.errors.city").max(40),
  address: z.string().trim().min(4, "checkout.errors.address").max(200),
  postal_code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "checkout.errors.postalCode"),
})
export type AddressInput = z.infer<typeof addressSchema>

export function toMedusaAddress(input: AddressInput) {
  return {
    first_name: input.name,
    last_name: "",
    phone: input.phone,
    province: input.province,
    city: input.city,
    address_1: input.address,
    postal_code: input.postal_code,
    country_code: "cn",
  }
}
