import { actRoute } from "../../../item"

// Closes an open case with the exit criteria it met and a reason (audited).
export const POST = actRoute("case", "close")
