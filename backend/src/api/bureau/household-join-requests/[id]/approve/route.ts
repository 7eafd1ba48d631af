import { decideJoinRequest } from "../../decide"

// The reviewer approves the request: the household becomes the
// cooperative's member.
export const POST = decideJoinRequest("approved")
