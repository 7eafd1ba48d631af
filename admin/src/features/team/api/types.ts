import type { Certification, Cooperative } from "@/lib/cooperative"

export type { Certification } from "@/lib/cooperative"

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

// The cooperative as GET /vendor/me returns it (the page passes it in).
export type CooperativeProfile = Cooperative & {
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

export type { Page } from "@/lib/api-client"
