import type { RegistryRow } from "@tianfu/domain"
import { hashPersonalData } from "../provenance/personal-data"
import {
  personalDataKeys,
  protectIdNumber,
  protectPhone,
} from "../provenance/household-identity"

// A registry row as it may travel into a workflow: the ID number and phone
// encrypted and hashed exactly as registration does (never in plain), a
// keyed hash of the phone to tell a changed one, and a keyed fingerprint
// of the whole row, so the same row imported again changes nothing.
export type ProtectedRegistryRow = Omit<RegistryRow, "id_number" | "phone"> & {
  line: number
  id_number_encrypted: string
  id_number_hash: string
  id_number_masked: string
  phone_encrypted: string | null
  phone_masked: string | null
  phone_hash: string | null
  fingerprint: string
}

export function protectRegistryRow(
  row: RegistryRow,
  line: number,
  keys = personalDataKeys()
): ProtectedRegistryRow {
  const { id_number, phone, ...rest } = row
  return {
    ...rest,
    line,
    ...protectIdNumber(id_number, keys),
    ...protectPhone(phone, keys),
    phone_hash: phone ? hashPersonalData(`phone:${phone}`, keys) : null,
    fingerprint: hashPersonalData(
      `registry:${JSON.stringify([
        row.registry_number,
        row.head_name,
        row.id_number,
        row.phone,
        row.member_count,
        row.county_code,
        row.township,
        row.village,
        row.poverty_cause,
        row.year_identified,
        row.year_lifted,
        row.status,
        row.income,
      ])}`,
      keys
    ),
  }
}
