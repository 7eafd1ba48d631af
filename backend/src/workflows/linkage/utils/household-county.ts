import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// A household's county (null when there is no such household): whose
// reviewers read an audit entry about it, or decide about it.
export async function householdCounty(
  container: MedusaContainer,
  householdId: string
): Promise<string | null> {
  const {
    data: [household],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "household",
    fields: ["county_code"],
    filters: { id: householdId },
  })
  return (household?.county_code as string | undefined) ?? null
}
