import type { HouseholdStatus } from "@/lib/household"

export type {
  Household,
  HouseholdStatus,
  HouseholdVerification,
} from "@/lib/household"

export const HOUSEHOLD_STATUSES: HouseholdStatus[] = [
  "registered",
  "lifted",
  "monitored",
  "returned",
]

export type { Page } from "@/lib/api-client"
