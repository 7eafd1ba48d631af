import type { Certification, Cooperative } from "@/lib/cooperative"

export type { CooperativeStatus } from "@/lib/cooperative"

export type VendorMe = {
  user: { id: string; email: string; role: "owner" | "member" }
  cooperative: Cooperative & {
    certifications?: Certification[]
    // Where it may register and join households: its own county first,
    // then those a reviewer granted.
    operating_counties?: string[]
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
