import { itemRoute } from "../../item"

// One flag with its evidence and comments.
export const GET = itemRoute("flag")
