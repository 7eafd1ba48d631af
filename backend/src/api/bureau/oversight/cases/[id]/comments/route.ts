import { actRoute } from "../../../item"

// Adds a comment to the case (audited).
export const POST = actRoute("case", "comment")
