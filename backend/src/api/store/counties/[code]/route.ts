import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  storeCooperativeSummaryFields,
  storeCountyFields,
} from "../query-config"
import { StoreCountyCodeParam } from "../validators"

// A county page: its story and the cooperatives approved to sell there.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const code = req.params.code
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `County ${code} was not found`
  )
  if (!StoreCountyCodeParam.safeParse(code).success) {
    throw notFound
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [county],
  } = await query.graph({
    entity: "county",
    fields: storeCountyFields,
    filters: { code },
  })
  if (!county) {
    throw notFound
  }
  const { data: cooperatives } = await query.graph({
    entity: "cooperative",
    fields: storeCooperativeSummaryFields,
    filters: { county_code: code, status: "approved" },
    pagination: { order: { name: "ASC" } },
  })
  res.json({ county: { ...county, cooperatives } })
}
