import { actRoute } from "../../../item"

// Assigns the case to a reviewer of its county, or to nobody (audited).
export const POST = actRoute("case", "assign")
