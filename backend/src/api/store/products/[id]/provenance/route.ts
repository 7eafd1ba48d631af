import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { Provenance } from "@tianfu/domain"
import { LINKAGE_MODULE } from "../../../../../modules/linkage"
import type LinkageModuleService from "../../../../../modules/linkage/service"
import { isoDate, registeredHouseholdCount } from "../../../../utils/batch-view"
import { storeCountyFields } from "../../../counties/query-config"

type BatchRow = {
  trace_code: string
  village: string
  harvested_at: Date | string
  quantity: number
  unit: string
  certifications?: string[] | null
  contributions?: ({ household_id?: string | null } | null)[]
}
type VariantRow = { id: string; title: string; batches?: (BatchRow | null)[] }

// A product's provenance panel: its cooperative and county, the batches
// that stock it (village, harvest date, certifications) and how many
// registered households supplied them — never who.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Product ${req.params.id} was not found`
  )
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "status",
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
    ],
    filters: { id: req.params.id },
  })
  const cooperative = product?.cooperative
  if (
    !product ||
    product.status !== "published" ||
    cooperative?.status !== "approved"
  ) {
    throw notFound
  }
  const {
    data: [county],
  } = await query.graph({
    entity: "county",
    fields: storeCountyFields,
    filters: { code: cooperative.county_code },
  })
  const households = new Set<string>()
  const batches = ((product.variants ?? []) as VariantRow[]).flatMap(
    (variant) =>
      (variant?.batches ?? []).flatMap((batch: BatchRow | null) => {
        if (!batch) return []
        for (const c of batch.contributions ?? [])
          if (c?.household_id) households.add(c.household_id)
        return [
          {
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
          },
        ]
      })
  )
  batches.sort(
    (a: { harvested_at: Date | string }, b: { harvested_at: Date | string }) =>
      new Date(a.harvested_at).getTime() - new Date(b.harvested_at).getTime()
  )
  // The floor the cooperative guarantees in the unit its batches are
  // counted in (a product's batches share one unit).
  const unit = batches[0]?.unit
  const linkage: LinkageModuleService = req.scope.resolve(LINKAGE_MODULE)
  const floor = unit
    ? await linkage.guaranteedFloor(cooperative.id, unit)
    : null
  const provenance: Provenance = {
    product_id: product.id,
    cooperative: {
      name: cooperative.name,
      handle: cooperative.handle,
      story: cooperative.story,
    },
    county: county ?? null,
    registered_households: households.size,
    batches,
    guaranteed_floor: floor === null ? null : { amount: floor, unit },
  }
  res.json({ provenance })
}
