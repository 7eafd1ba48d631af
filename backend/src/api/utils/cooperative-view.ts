// What its own staff and its reviewers see of a cooperative.
export function toCooperativeView(cooperative: {
  id: string
  name: string
  handle: string
  credit_code: string
  county_code: string
  status: string
  status_reason?: string | null
  story?: string | null
  logo_url?: string | null
  contact_email: string
  created_at?: Date | string
}) {
  return {
    id: cooperative.id,
    name: cooperative.name,
    handle: cooperative.handle,
    credit_code: cooperative.credit_code,
    county_code: cooperative.county_code,
    status: cooperative.status,
    status_reason: cooperative.status_reason ?? null,
    story: cooperative.story ?? null,
    logo_url: cooperative.logo_url ?? null,
    contact_email: cooperative.contact_email,
    created_at: cooperative.created_at,
  }
}
