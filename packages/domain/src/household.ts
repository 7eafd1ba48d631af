// A registered poor household's standing (the bureau decides it) and the
// bureau's verification of its registration.
export const HOUSEHOLD_STATUSES = [
  "registered",
  "lifted",
  "monitored",
  "returned",
] as const
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number]

export const HOUSEHOLD_VERIFICATIONS = [
  "pending",
  "verified",
  "rejected",
] as const
export type HouseholdVerification = (typeof HOUSEHOLD_VERIFICATIONS)[number]
