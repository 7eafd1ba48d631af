import type { Certification, Cooperative } from "@/lib/cooperative"
import type { Household } from "@/lib/household"

export type { Certification, CooperativeStatus } from "@/lib/cooperative"
export type {
  HouseholdStatus,
  HouseholdVerification as Verification,
} from "@/lib/household"

export type BureauCooperative = Cooperative & { created_at: string }

// A county a reviewer lets the cooperative operate in besides its own.
export type CountyGrant = {
  id: string
  county_code: string
  reason: string
  created_at: string
  revoked_at: string | null
}

export type BureauCooperativeDetail = BureauCooperative & {
  certifications?: Certification[] | null
  county_grants?: CountyGrant[] | null
}

// The bureau's lists always carry when a household was registered.
export type BureauHousehold = Household & {
  created_at: string
  updated_at: string
}

export type BureauHouseholdDetail = BureauHousehold & {
  cooperatives: { id: string; name: string }[]
  // From a registry listing one person a row: relation and masked ID.
  members: { relation: string; id_number: string }[] | null
}

export type { Page } from "@/lib/api-client"
