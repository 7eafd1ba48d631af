import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCooperativeView } from "../../utils/cooperative-view"
import type { AdminGetCooperativesParamsType } from "./validators"

// Every cooperative on the platform for the operator's dashboard, newest
// first, by status, county or a piece of the name.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCooperativesParamsType>,
  res: MedusaResponse
) => {
  const { status, county_code, q, limit = 20, offset = 0 } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "cooperative",
    fields: ["*"],
    filters: {
      ...(status ? { status } : {}),
      ...(county_code ? { county_code } : {}),
      // The words typed are found as written: % and _ are no wildcards.
      ...(q ? { name: { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` } } : {}),
    },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    cooperatives: data.map(toCooperativeView),
    count: metadata?.count ?? 0,
    offset,
    limit,
  })
}
