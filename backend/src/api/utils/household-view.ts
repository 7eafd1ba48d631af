import { maskName } from "@tianfu/domain"

type StoredHousehold = {
  id: string
  registry_number: string
  county_code: string
  township: string
  village: string
  head_name: string
  id_number_masked: string
  phone_masked?: string | null
  member_count: number
  members?: unknown
  poverty_cause?: string | null
  status: string
  status_year?: number | null
  verification: string
  verification_note?: string | null
  created_at?: Date | string
  updated_at?: Date | string
}

type StoredMember = { relation: string; id_number_masked: string }

// The only shape a household leaves the server in: ID number and phone
// masked; ciphertexts and hashes never. The head's name is masked too,
// except for a cooperative the household is a member of (`memberName`): it
// knows its members, and a clerk choosing who supplied a batch must not
// pick the wrong one. Its members (from a registry listing one person a
// row) only for a reviewer (`withMembers`): a cooperative sees no more than
// it entered.
export function toHouseholdView(
  household: StoredHousehold,
  { withMembers = false, memberName = false } = {}
) {
  const members = household.members as StoredMember[] | null | undefined
  return {
    id: household.id,
    registry_number: household.registry_number,
    county_code: household.county_code,
    township: household.township,
    village: household.village,
    head_name: memberName ? household.head_name : maskName(household.head_name),
    id_number: household.id_number_masked,
    phone: household.phone_masked ?? null,
    member_count: household.member_count,
    ...(withMembers
      ? {
          members:
            members?.map((m) => ({
              relation: m.relation,
              id_number: m.id_number_masked,
            })) ?? null,
        }
      : {}),
    poverty_cause: household.poverty_cause ?? null,
    status: household.status,
    status_year: household.status_year ?? null,
    verification: household.verification,
    verification_note: household.verification_note ?? null,
    created_at: household.created_at,
    updated_at: household.updated_at,
  }
}

// Fields safe to read from the database for a view; never `*`.
export const HOUSEHOLD_VIEW_FIELDS = [
  "id",
  "registry_number",
  "county_code",
  "township",
  "village",
  "head_name",
  "id_number_masked",
  "phone_masked",
  "member_count",
  "members",
  "poverty_cause",
  "status",
  "status_year",
  "verification",
  "verification_note",
  "created_at",
  "updated_at",
]
