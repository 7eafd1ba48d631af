import { obligationReport } from "../obligation-report"

// Floor-price compliance: produce bought from members under a guaranteed
// floor and paid less than the floor made it worth `days` (default
// LINKAGE_LATE_DAYS) after harvest, oldest first, with the shortfall.
export const GET = obligationReport("below_floor")
