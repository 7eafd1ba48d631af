import type { Certification, Cooperative } from "../../../lib/cooperative"
import type { Household } from "../../../lib/household"

export type { Certification, CooperativeStatus } from "../../../lib/cooperative"
export type {
  HouseholdStatus,
  HouseholdVerification as Verification,
} from "../../../lib/household"

export type BureauCooperative = Cooperative & { created_at: string }

export type BureauCooperativeDetail = BureauCooperative & {
  certifications?: Certification[] | null
}

// The bureau's lists always carry when a household was registered.
export type BureauHousehold = Household & {
  created_at: string
  updated_at: string
}

export type BureauHouseholdDetail = BureauHousehold & {
  cooperatives: { id: string; name: string }[]
}

export type { Page } from "../../../lib/api-client"
