export type CooperativeStatus = "pending" | "approved" | "suspended"

export type BureauCooperative = {
  id: string
  name: string
  handle: string
  credit_code: string
  county_code: string
  status: CooperativeStatus
  status_reason: string | null
  story: string | null
  logo_url: string | null
  contact_email: string
  created_at: string
}

export type Certification = {
  id: string
  kind: string
  number: string
  issued_by: string | null
  expires_at: string | null
}

export type BureauCooperativeDetail = BureauCooperative & {
  certifications?: Certification[] | null
}

export type HouseholdStatus = "registered" | "lifted" | "monitored" | "returned"
export type Verification = "pending" | "verified" | "rejected"

export type BureauHousehold = {
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
  verification: Verification
  verification_note: string | null
  created_at: string
  updated_at: string
}

export type BureauHouseholdDetail = BureauHousehold & {
  cooperatives: { id: string; name: string }[]
}

export type Page = { count: number; offset: number; limit: number }
