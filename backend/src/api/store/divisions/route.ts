import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { childDivisions } from "../../../lib/divisions"
import type { StoreGetDivisionsParamsType } from "./validators"

// The address cascade's next level: provinces, a province's cities, a
// city's districts and counties (GB/T 2260). The data changes with the
// package, not the shop, so shoppers' browsers and proxies keep it a day.
export const GET = async (
  req: MedusaRequest<unknown, StoreGetDivisionsParamsType>,
  res: MedusaResponse
) => {
  const { parent } = req.validatedQuery
  const divisions = childDivisions(parent)
  if (!divisions) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Division not found: ${parent}`
    )
  }
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.json({ divisions })
}
