import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { CountySummary, Provenance } from "@tianfu/domain"
import { LINKAGE_MODULE } from "../../modules/linkage"
import type LinkageModuleService from "../../modules/linkage/service"
import { storeCountyFields } from "../store/counties/query-config"
import { isoDate, registeredHouseholdCount } from "./batch-view"

export type ProvenanceBatchRow = {
  trace_code: string
  village: string
  harvested_at: Date | string
  quantity: number
  unit: string
  certifications?: string[] | null
  contributions?: ({ household_id?: string | null } | null)[]
  voided_at?: Date | string | null
}

type VariantRow<B> = { id: string; title: string; batches?: (B | null)[] }

export type ProvenanceCooperative = {
  id: string
  name: string
  handle: string
  story: string | null
  status: string
  county_code: string
}

// What a product's provenance reads, from the product (the product page's
// one query adds its own fields next to these).
export const PROVENANCE_FIELDS = [
  "cooperative.id",
  "cooperative.name",
  "cooperative.handle",
  "cooperative.story",
  "cooperative.status",
  "cooperative.county_code",
  "variants.id",
  "variants.title",
  "variants.batches.trace_code",
  "variants.batches.village",
  "variants.batches.harvested_at",
  "variants.batches.quantity",
  "variants.batches.unit",
  "variants.batches.certifications",
  "variants.batches.contributions.household_id",
  "variants.batches.voided_at",
]

// The product's batches, oldest first (the oldest is sold first), each with
// its variant; the households that supplied them are only counted.
export function batchesOf<B extends ProvenanceBatchRow>(
  variants: (VariantRow<B> | null)[]
): { rows: B[]; summaries: Provenance["batches"]; households: number } {
  const households = new Set<string>()
  const pairs = variants.flatMap((variant) =>
    variant
      ? (variant.batches ?? []).flatMap((batch) => {
          // A voided batch (recorded in error) supplies nothing.
          if (!batch || batch.voided_at) return []
          for (const c of batch.contributions ?? [])
            if (c?.household_id) households.add(c.household_id)
          return [{ variant, batch }]
        })
      : []
  )
  pairs.sort(
    (a, b) =>
      new Date(a.batch.harvested_at).getTime() -
      new Date(b.batch.harvested_at).getTime()
  )
  return {
    rows: pairs.map((p) => p.batch),
    summaries: pairs.map(({ variant, batch }) => ({
      trace_code: batch.trace_code,
      variant_id: variant.id,
      variant_title: variant.title,
      village: batch.village,
      harvested_at: isoDate(batch.harvested_at),
      quantity: batch.quantity,
      unit: batch.unit,
      certifications: batch.certifications ?? [],
      registered_households: registeredHouseholdCount(
        batch.contributions ?? []
      ),
    })),
    households: households.size,
  }
}

// The county and the floor the cooperative guarantees in the unit its
// batches are counted in (a product's batches share one unit), read at once.
export async function countyAndFloor(
  container: MedusaContainer,
  cooperative: ProvenanceCooperative,
  unit: string | undefined
): Promise<{
  county: CountySummary | null
  floor: Provenance["guaranteed_floor"]
}> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const linkage: LinkageModuleService = container.resolve(LINKAGE_MODULE)
  const [{ data: counties }, floor] = await Promise.all([
    query.graph({
      entity: "county",
      fields: storeCountyFields,
      filters: { code: cooperative.county_code },
    }),
    unit ? linkage.guaranteedFloor(cooperative.id, unit) : null,
  ])
  return {
    county: (counties[0] as CountySummary | undefined) ?? null,
    floor: floor === null || !unit ? null : { amount: floor, unit },
  }
}

export function provenanceOf(
  productId: string,
  cooperative: ProvenanceCooperative,
  batches: ReturnType<typeof batchesOf>,
  { county, floor }: Awaited<ReturnType<typeof countyAndFloor>>
): Provenance {
  return {
    product_id: productId,
    cooperative: {
      name: cooperative.name,
      handle: cooperative.handle,
      story: cooperative.story,
    },
    county,
    registered_households: batches.households,
    batches: batches.summaries,
    guaranteed_floor: floor,
  }
}

type ProductRow = {
  id: string
  status: string
  cooperative?: ProvenanceCooperative | null
  variants?: (VariantRow<ProvenanceBatchRow> | null)[]
}

// A product's provenance read whole: for the shop (`forSale`) only a
// published product of an approved cooperative has one — any other is the
// 404 of an unknown product; an operator reads any product's, with the
// cooperative's status beside it.
export async function loadProvenance(
  container: MedusaContainer,
  productId: string,
  { forSale }: { forSale: boolean }
): Promise<{ provenance: Provenance; cooperative_status: string | null }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = (await query.graph({
    entity: "product",
    fields: ["id", "status", ...PROVENANCE_FIELDS],
    filters: { id: productId },
  })) as unknown as { data: ProductRow[] }
  const cooperative = product?.cooperative
  if (
    !product ||
    !cooperative ||
    (forSale &&
      (product.status !== "published" || cooperative.status !== "approved"))
  ) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product ${productId} was not found`
    )
  }
  const batches = batchesOf(product.variants ?? [])
  const extra = await countyAndFloor(
    container,
    cooperative,
    batches.rows[0]?.unit
  )
  return {
    provenance: provenanceOf(product.id, cooperative, batches, extra),
    cooperative_status: cooperative.status,
  }
}
