import { queueRoute } from "../queue"

// The monitoring case queue (see queueRoute).
export const GET = queueRoute("case")
