import { decideJoinRequest } from "../../decide"

// The reviewer rejects the request, with a reason.
export const POST = decideJoinRequest("rejected")
