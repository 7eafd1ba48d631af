// A cooperative as /vendor/me and /bureau/cooperatives return it.
export type CooperativeStatus = "pending" | "approved" | "suspended"

export type Certification = {
  id: string
  kind: string
  number: string
  issued_by: string | null
  expires_at: string | null
}

export type Cooperative = {
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
}
