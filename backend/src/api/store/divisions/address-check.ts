import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { divisionPath, isAddressDivision } from "../../../lib/divisions"

type Address = {
  phone?: unknown
  postal_code?: unknown
  province?: unknown
  city?: unknown
  address_2?: unknown
  metadata?: { division_code?: unknown } | null
}

// An address that names its division (`metadata.division_code`, the
// cascade's last choice) is a mainland Chinese address and must be whole:
// the division's own province, city and district (address_2), an 11-digit
// mobile number and a 6-digit postcode. An address without a code (an
// older one, or a client that has no cascade) passes as it is.
export function checkAddress(address: Address | undefined, field: string) {
  const code = address?.metadata?.division_code
  if (code === undefined || code === null) return
  if (typeof code !== "string" || !isAddressDivision(code)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}.metadata.division_code must be the six-digit code of a district or county`
    )
  }
  if (typeof address?.phone !== "string" || !/^1\d{10}$/.test(address.phone)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}.phone must be an 11-digit mainland mobile number`
    )
  }
  if (
    typeof address?.postal_code !== "string" ||
    !/^\d{6}$/.test(address.postal_code)
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}.postal_code must be 6 digits`
    )
  }
  const [province, city, district = ""] = divisionPath(code)!
  for (const [name, expected, given] of [
    ["province", province, address?.province],
    ["city", city, address?.city],
    ["address_2", district, address?.address_2 ?? ""],
  ] as const) {
    if (given !== expected) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field}.${name} must be ${expected || "empty"} for division ${code}`
      )
    }
  }
}

export function addressesMatchDivisions(
  fields: ("shipping_address" | "billing_address" | "")[]
) {
  return (
    req: MedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const body = (req.body ?? {}) as Record<string, unknown>
    for (const field of fields) {
      const address = (field ? body[field] : body) as Address | undefined
      if (address && typeof address === "object") {
        checkAddress(address, field || "address")
      }
    }
    next()
  }
}
