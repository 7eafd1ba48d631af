import { actRoute } from "../../../item"

// Resolves an open flag with a resolution and a reason (audited); it
// stays resolved until the rules find new evidence.
export const POST = actRoute("flag", "resolve")
