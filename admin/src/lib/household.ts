// A household as every console API returns it: the head's name, ID number
// and phone already masked by the server (the console never sees them whole).
import type { HouseholdStatus, HouseholdVerification } from "@tianfu/domain"

export type { HouseholdStatus, HouseholdVerification }

export type Household = {
  id: string
  registry_number: string
  county_code: string
  township: string
  village: string
  head_name: string
  id_number: string
  phone: string | null
  member_count: number
  poverty_cause: string | null
  status: HouseholdStatus
  status_year: number | null
  verification: HouseholdVerification
  verification_note: string | null
  created_at?: string
  updated_at?: string
}
