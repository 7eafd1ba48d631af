import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { updateCountyWorkflow } from "../../../../workflows/county"
import type { AdminUpdateCountyType } from "../validators"

async function fetchCounty(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [county],
  } = await query.graph({
    entity: "county",
    fields: req.queryConfig.fields,
    filters: { id },
  })
  if (!county) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `County with id ${id} was not found`
    )
  }
  return county
}

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ county: await fetchCounty(req, req.params.id) })
}

export const POST = async (
  req: MedusaRequest<AdminUpdateCountyType>,
  res: MedusaResponse
) => {
  await fetchCounty(req, req.params.id)
  await updateCountyWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ county: await fetchCounty(req, req.params.id) })
}
