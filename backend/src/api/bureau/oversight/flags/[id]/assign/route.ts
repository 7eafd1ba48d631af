import { actRoute } from "../../../item"

// Assigns the flag to a reviewer of its county, or to nobody (audited).
export const POST = actRoute("flag", "assign")
