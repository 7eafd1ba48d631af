import { actRoute } from "../../../item"

// Adds a comment to the flag (audited).
export const POST = actRoute("flag", "comment")
