import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import CooperativeHouseholdLink from "../../../../links/cooperative-household"

// The households that belong to at least one approved cooperative
// (anywhere: a cooperative of the next county counts too), by id.
export async function boundHouseholds(
  req: AuthenticatedMedusaRequest
): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cooperatives } = await query.graph({
    entity: "cooperative",
    fields: ["id"],
    filters: { status: "approved" },
  })
  if (!cooperatives.length) return []
  const { data: memberships } = await query.graph({
    entity: CooperativeHouseholdLink.entryPoint,
    fields: ["household_id"],
    filters: { cooperative_id: cooperatives.map((c) => c.id as string) },
  })
  return [...new Set(memberships.map((m) => m.household_id as string))]
}
