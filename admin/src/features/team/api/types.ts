export type CertificationKind =
  | "green_food"
  | "organic"
  | "geographic_indication"
  | "pollution_free"
  | "other"

export const CERTIFICATION_KINDS: CertificationKind[] = [
  "green_food",
  "organic",
  "geographic_indication",
  "pollution_free",
  "other",
]

export type Certification = {
  id: string
  kind: string
  number: string
  issued_by: string | null
  expires_at: string | null
}

// The cooperative as GET /vendor/me returns it (the page passes it in).
export type CooperativeProfile = {
  id: string
  name: string
  handle: string
  credit_code: string
  county_code: string
  status: "pending" | "approved" | "suspended"
  status_reason: string | null
  story: string | null
  logo_url: string | null
  contact_email: string
  certifications?: Certification[]
}

export type StaffUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  role: "owner" | "member"
}

export type PendingInvite = { id: string; email: string; expires_at: string }

export type Page = { count: number; offset: number; limit: number }
