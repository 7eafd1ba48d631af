import { obligationReport } from "../obligation-report"

// Obligations of the jurisdiction unpaid longer than `days` (default
// LINKAGE_LATE_DAYS, 30) after falling due, oldest first; CSV like the
// other reports.
export const GET = obligationReport("late")
