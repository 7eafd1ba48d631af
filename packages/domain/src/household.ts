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

// Why a reviewer may see a household's ID number and phone in clear (PIPL
// Art. 28: sensitive personal information, shown only for a stated purpose).
// Each reveal is audited with the purpose chosen here.
export const IDENTITY_REVEAL_PURPOSES = [
  "registry_check",
  "payout_verification",
  "dispute_handling",
  "monitoring_visit",
  "audit_inspection",
] as const
export type IdentityRevealPurpose = (typeof IDENTITY_REVEAL_PURPOSES)[number]
