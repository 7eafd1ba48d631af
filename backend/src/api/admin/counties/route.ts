import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCountiesWorkflow } from "../../../workflows/county"
import type {
  AdminCreateCountyType,
  AdminGetCountiesParamsType,
} from "./validators"

export const GET = async (
  req: MedusaRequest<unknown, AdminGetCountiesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: counties, metadata } = await query.graph({
    entity: "county",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    counties,
    count: metadata?.count ?? 0,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? 0,
  })
}

export const POST = async (
  req: MedusaRequest<AdminCreateCountyType>,
  res: MedusaResponse
) => {
  const { result } = await createCountiesWorkflow(req.scope).run({
    input: { counties: [req.validatedBody] },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [county],
  } = await query.graph({
    entity: "county",
    fields: req.queryConfig.fields,
    filters: { id: result[0].id },
  })
  res.status(201).json({ county })
}
