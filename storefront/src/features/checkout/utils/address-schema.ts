// Zod without `new Function`, set before this module makes a schema.
import "@/lib/zod-jitless"
import { z } from "zod"

// Messages are i18n keys; the form translates them. Province, city and
// district come from the GB/T 2260 cascade; `division_code` is its last
// choice (a district or county, or a city that has none), which the
// backend checks against the names.
export const savedAddressSchema = z.object({
  name: z.string().trim().min(1, "checkout.errors.name").max(60),
  phone: z
    .string()
    .trim()
    .regex(/^1\d{10}$/, "checkout.errors.phone"),
  province: z.string().max(40),
  city: z.string().max(40),
  district: z.string().max(40),
  division_code: z.string().regex(/^\d{6}$/, "checkout.errors.division"),
  address: z.string().trim().min(4, "checkout.errors.address").max(200),
  postal_code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "checkout.errors.postalCode"),
})
export type SavedAddressInput = z.infer<typeof savedAddressSchema>

export const addressSchema = savedAddressSchema.extend({
  email: z.string().trim().email("checkout.errors.email"),
  // Also keep it in the signed-in shopper's address book.
  remember: z.boolean().optional(),
})
export type AddressInput = z.infer<typeof addressSchema>

// A Medusa address: the district goes in address_2, the street and number
// in address_1, the division's code in metadata.
export function toMedusaAddress(input: SavedAddressInput) {
  return {
    first_name: input.name,
    last_name: "",
    phone: input.phone,
    province: input.province,
    city: input.city,
    address_2: input.district,
    address_1: input.address,
    postal_code: input.postal_code,
    country_code: "cn",
    metadata: { division_code: input.division_code },
  }
}

type MedusaAddress = {
  first_name?: string | null
  phone?: string | null
  province?: string | null
  city?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  metadata?: Record<string, unknown> | null
}

// Back from a Medusa address to the form (an older address without a
// division code has its cascade chosen again).
export function fromMedusaAddress(
  address: MedusaAddress | null | undefined
): SavedAddressInput {
  const code = address?.metadata?.division_code
  const coded = typeof code === "string" && /^\d{6}$/.test(code)
  return {
    name: address?.first_name ?? "",
    phone: address?.phone ?? "",
    province: coded ? (address?.province ?? "") : "",
    city: coded ? (address?.city ?? "") : "",
    district: coded ? (address?.address_2 ?? "") : "",
    division_code: coded ? code : "",
    address: address?.address_1 ?? "",
    postal_code: address?.postal_code ?? "",
  }
}

// One line, in the Chinese order: province, city, district, street.
export function addressLine(address: MedusaAddress | null | undefined) {
  return [
    address?.province,
    address?.city,
    address?.address_2,
    address?.address_1,
    address?.postal_code,
  ]
    .filter(Boolean)
    .join(" ")
}
