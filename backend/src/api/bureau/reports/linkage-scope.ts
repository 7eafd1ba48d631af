import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { jurisdictionFilter } from "@tianfu/domain"
import type { ReportScope } from "../../../modules/attribution/read-model"

export type ScopedCooperative = {
  id: string
  name: string
  county_code: string
}

// The cooperatives a benefit-linkage report covers: those of the scope
// (approved or suspended), or the one asked for — a cooperative outside
// the scope is somebody else's, 404.
export async function scopedCooperatives(
  req: AuthenticatedMedusaRequest,
  scope: ReportScope,
  cooperativeId?: string
): Promise<ScopedCooperative[]> {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "cooperative",
      fields: ["id", "name", "county_code"],
      filters: {
        county_code:
          scope.county_code ?? jurisdictionFilter(scope.county_prefix),
        status: ["approved", "suspended"],
        ...(cooperativeId ? { id: cooperativeId } : {}),
      },
    })
  if (cooperativeId && !data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Cooperative was not found in your jurisdiction"
    )
  }
  return data as ScopedCooperative[]
}
