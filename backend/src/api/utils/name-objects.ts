import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fullName } from "@tianfu/domain"

type Named = { id: string; [field: string]: unknown }

// How each kind of actor and object is named in the log: the entity to
// read, its fields, and the words a reviewer recognises it by. Households
// go by registry number (their heads' names stay masked); kinds not listed
// are shown by type and id.
const NAMERS: Record<
  string,
  { entity: string; fields: string[]; name: (row: Named) => string | null }
> = {
  bureau_user: {
    entity: "bureau_user",
    fields: ["id", "name"],
    name: (row) => (row.name as string) ?? null,
  },
  cooperative_user: {
    entity: "cooperative_user",
    fields: ["id", "first_name", "last_name", "email"],
    name: (row) =>
      fullName(row.first_name as string, row.last_name as string) ??
      (row.email as string),
  },
  user: {
    entity: "user",
    fields: ["id", "first_name", "last_name", "email"],
    name: (row) =>
      fullName(row.first_name as string, row.last_name as string) ??
      (row.email as string),
  },
  cooperative: {
    entity: "cooperative",
    fields: ["id", "name"],
    name: (row) => row.name as string,
  },
  household: {
    entity: "household",
    fields: ["id", "registry_number"],
    name: (row) => row.registry_number as string,
  },
  batch: {
    entity: "batch",
    fields: ["id", "trace_code"],
    name: (row) => row.trace_code as string,
  },
  product: {
    entity: "product",
    fields: ["id", "title"],
    name: (row) => row.title as string,
  },
  registry_import: {
    entity: "registry_import",
    fields: ["id", "filename"],
    name: (row) => row.filename as string,
  },
}

// Names for the (kind, id) pairs given, one read per kind: a page of 50
// entries costs at most one query per kind that occurs on it. Ids that no
// longer resolve are simply absent.
export async function nameObjects(
  container: MedusaContainer,
  refs: { type: string; id: string }[]
): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const byType = new Map<string, Set<string>>()
  for (const { type, id } of refs) {
    if (!NAMERS[type]) continue
    if (!byType.has(type)) byType.set(type, new Set())
    byType.get(type)!.add(id)
  }
  const names = new Map<string, string>()
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      const namer = NAMERS[type]
      const { data } = await query.graph({
        entity: namer.entity,
        fields: namer.fields,
        filters: { id: [...ids] },
      })
      for (const row of data as Named[]) {
        const name = namer.name(row)
        if (name) names.set(`${type}:${row.id}`, name)
      }
    })
  )
  return names
}
