import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetCountiesParamsType } from "./validators"

export const GET = async (
  req: MedusaRequest<unknown, StoreGetCountiesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { region, poverty_status } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (region) filters.code = { $like: `${region}%` }
  if (poverty_status) filters.poverty_status = poverty_status
  const { data: counties, metadata } = await query.graph({
    entity: "county",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { code: "ASC" } },
  })
  res.json({
    counties,
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? 0,
  })
}
