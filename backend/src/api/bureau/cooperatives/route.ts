import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { jurisdictionFilter } from "@tianfu/domain"
import { toCooperativeView } from "../../utils/cooperative-view"
import { resolveBureauCaller } from "../caller"
import type { BureauGetCooperativesParamsType } from "./validators"

// The approvals queue and register of cooperatives in the caller's jurisdiction.
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, BureauGetCooperativesParamsType>,
  res: MedusaResponse
) => {
  const caller = await resolveBureauCaller(req)
  const { status, limit = 20, offset = 0 } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "cooperative",
    fields: ["*"],
    filters: {
      county_code: jurisdictionFilter(caller.jurisdiction_code),
      ...(status ? { status } : {}),
    },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  res.json({
    cooperatives: data.map(toCooperativeView),
    count: metadata?.count ?? 0,
    offset,
    limit,
  })
}
