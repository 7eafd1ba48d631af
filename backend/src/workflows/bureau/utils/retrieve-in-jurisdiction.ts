import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { inJurisdiction } from "@tianfu/domain"

const LABELS = { cooperative: "Cooperative", household: "Household" }

// One record of a county-bound entity as a reviewer may see it: outside
// their jurisdiction it does not exist for them (the same 404 as an id
// that was never there). `fields` must include county_code. A null
// jurisdiction is the platform operator's: everywhere.
export async function retrieveInJurisdiction<T extends { county_code: string }>(
  container: MedusaContainer,
  entity: keyof typeof LABELS,
  id: string,
  jurisdictionCode: string | null,
  fields: string[]
): Promise<T> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [record],
  } = await query.graph({ entity, fields, filters: { id } })
  if (
    !record ||
    (jurisdictionCode !== null &&
      !inJurisdiction(record.county_code, jurisdictionCode))
  ) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${LABELS[entity]} ${id} was not found`
    )
  }
  return record as T
}
