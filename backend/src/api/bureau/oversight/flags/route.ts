import { queueRoute } from "../queue"

// The flag queue (see queueRoute).
export const GET = queueRoute("flag")
