import { itemRoute } from "../../item"

// One monitoring case with its triggers, shock events and comments.
export const GET = itemRoute("case")
