import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AttributionGroup } from "../../modules/attribution/read-model"

// The attribution module's report rows carry ids; what a reader needs
// beside them (county and cooperative names, a household's registry facts)
// belongs to other modules and is read here, one query.graph per page or
// CSV chunk, never by joining their tables.

type Named = Record<string, unknown>

const SOURCES: Record<
  AttributionGroup,
  {
    entity: string
    id: string
    fields: string[]
    as: (record: Named) => Named
  }
> = {
  county: {
    entity: "county",
    id: "code",
    fields: ["code", "name_zh", "name_en"],
    as: (c) => ({ name_zh: c.name_zh, name_en: c.name_en }),
  },
  cooperative: {
    entity: "cooperative",
    id: "id",
    fields: ["id", "name", "handle", "county_code"],
    as: (c) => ({
      name_zh: c.name,
      handle: c.handle,
      county_code: c.county_code,
    }),
  },
  household: {
    entity: "household",
    id: "id",
    fields: [
      "id",
      "registry_number",
      "county_code",
      "township",
      "village",
      "head_name",
      "member_count",
      "status",
      "verification",
    ],
    as: (h) => ({
      verification: h.verification,
      registry_number: h.registry_number,
      county_code: h.county_code,
      township: h.township,
      village: h.village,
      head_name: h.head_name,
      member_count: h.member_count,
      status: h.status,
    }),
  },
}

// Completes rows keyed by `keyOf` with the facts of their county,
// cooperative or household; a key whose record is gone keeps nulls.
export function withNames<Row extends object>(
  scope: MedusaContainer,
  group: AttributionGroup,
  keyOf: (row: Row) => string
) {
  const source = SOURCES[group]
  return async (rows: Row[]): Promise<(Row & Named)[]> => {
    const keys = [...new Set(rows.map(keyOf))]
    if (!keys.length) return rows as (Row & Named)[]
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: source.entity,
      fields: source.fields,
      filters: { [source.id]: keys },
    })
    const byKey = new Map(
      (data as Named[]).map((record) => [
        String(record[source.id]),
        source.as(record),
      ])
    )
    const missing = Object.fromEntries(
      Object.keys(source.as({})).map((field) => [field, null])
    )
    return rows.map((row) => ({
      ...missing,
      ...row,
      ...(byKey.get(keyOf(row)) ?? {}),
    }))
  }
}
