export type CooperativeStatus = "pending" | "approved" | "suspended"

export type VendorMe = {
  user: { id: string; email: string; role: "owner" | "member" }
  cooperative: {
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
    certifications?: {
      id: string
      kind: string
      number: string
      issued_by: string | null
      expires_at: string | null
    }[]
  }
}

export type BureauMe = {
  bureau_user: {
    id: string
    email: string
    name: string
    jurisdiction_code: string
  }
}
