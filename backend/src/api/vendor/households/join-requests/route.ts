import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HOUSEHOLD_MODULE } from "../../../../modules/household"
import type HouseholdModuleService from "../../../../modules/household/service"
import { resolveVendorCaller } from "../../caller"
import { toJoinRequestView } from "../join-request-view"
import type { VendorGetJoinRequestsParamsType } from "../validators"

// The cooperative's own requests to join households, newest first.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, VendorGetJoinRequestsParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  const { limit = 20, offset = 0 } = req.validatedQuery
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const [requests, count] = await households.listAndCountHouseholdJoinRequests(
    { cooperative_id: caller.cooperative.id },
    { take: limit, skip: offset, order: { created_at: "DESC" } }
  )
  res.json({
    join_requests: requests.map(toJoinRequestView),
    count,
    offset,
    limit,
  })
}
