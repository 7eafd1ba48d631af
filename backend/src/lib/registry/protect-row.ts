import type { RegistryMember, RegistryRow } from "@tianfu/domain"
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
  // A one-person-a-row file's members of the household; null otherwise.
  members: ProtectedMember[] | null
  fingerprint: string
}

// A member as stored (household.members): relation and the ID protected
// as the head's is.
export type ProtectedMember = {
  relation: RegistryMember["relation"]
  id_number_encrypted: string
  id_number_hash: string
  id_number_masked: string
}

export function protectMember(
  member: RegistryMember,
  keys = personalDataKeys()
): ProtectedMember {
  return {
    relation: member.relation,
    ...protectIdNumber(member.id_number, keys),
  }
}

export function protectRegistryRow(
  row: RegistryRow,
  line: number,
  keys = personalDataKeys(),
  members: ProtectedMember[] | null = null
): ProtectedRegistryRow {
  const { id_number, phone, ...rest } = row
  // Members join the fingerprint only when the file lists them, so a
  // one-household-a-row file keeps the fingerprints it always had.
  const listed = members
    ? [members.map((m) => [m.relation, m.id_number_hash])]
    : []
  return {
    ...rest,
    line,
    ...protectIdNumber(id_number, keys),
    ...protectPhone(phone, keys),
    phone_hash: phone ? hashPersonalData(`phone:${phone}`, keys) : null,
    members,
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
        ...listed,
        // Only when the file says, so older files keep their fingerprints.
        ...(row.dual_support === null ? [] : [["dual", row.dual_support]]),
      ])}`,
      keys
    ),
  }
}
