// The slip page's answer (declared once in @tianfu/domain).
export type { PayoutSlip } from "@tianfu/domain"

export type SlipOutcome = "confirmed" | "not_received" | "wrong_amount"
export type SlipResponder = "household" | "first_secretary"
