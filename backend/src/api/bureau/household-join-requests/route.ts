import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { jurisdictionFilter } from "@tianfu/domain"
import { HOUSEHOLD_MODULE } from "../../../modules/household"
import type HouseholdModuleService from "../../../modules/household/service"
import { resolveBureauCaller } from "../caller"
import type { BureauGetJoinRequestsParamsType } from "./validators"
import { toBureauJoinRequests } from "./view"

// Cooperatives' requests to join households in the reviewer's
// jurisdiction, oldest first (the queue); filter by status; with
// initiated_by=bureau, the reviewers' own proposals instead.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauGetJoinRequestsParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { status, initiated_by, limit = 20, offset = 0 } = req.validatedQuery
  const households: HouseholdModuleService = req.scope.resolve(HOUSEHOLD_MODULE)
  const [requests, count] = await households.listAndCountHouseholdJoinRequests(
    {
      county_code: jurisdictionFilter(caller.jurisdiction_code),
      initiated_by,
      ...(status ? { status } : {}),
    },
    { take: limit, skip: offset, order: { created_at: "ASC" } }
  )
  res.json({
    join_requests: await toBureauJoinRequests(req.scope, requests),
    count,
    offset,
    limit,
  })
}
