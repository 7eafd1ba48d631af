import type { Tone } from "@/components/status-badge"
import type {
  CooperativeStatus,
  HouseholdStatus,
  Verification,
} from "../api/types"

export const COOPERATIVE_TONE: Record<CooperativeStatus, Tone> = {
  pending: "amber",
  approved: "green",
  suspended: "red",
}

export const VERIFICATION_TONE: Record<Verification, Tone> = {
  pending: "amber",
  verified: "green",
  rejected: "red",
}

export const HOUSEHOLD_TONE: Record<HouseholdStatus, Tone> = {
  registered: "blue",
  lifted: "green",
  monitored: "amber",
  returned: "red",
}
