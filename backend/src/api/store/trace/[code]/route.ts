import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { isTraceCode } from "../../../../lib/provenance/trace-code"
import type { Trace } from "@tianfu/domain"
import {
  BATCH_FIELDS,
  isoDate,
  registeredHouseholdCount,
  timeline,
} from "../../../utils/batch-view"
import { storeCountyFields } from "../../counties/query-config"

// The page a phone opens from a QR label. An unknown code, a malformed one
// and a batch of a cooperative no longer approved all get the same 404.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const code = String(req.params.code ?? "").toUpperCase()
  const notFound = new MedusaError(
    MedusaError.Types.NOT_FOUND,
    "Trace code not found"
  )
  if (!isTraceCode(code)) {
    throw notFound
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [batch],
  } = await query.graph({
    entity: "batch",
    fields: [
      ...BATCH_FIELDS,
      "product_variant.title",
      "product_variant.product.id",
      "product_variant.product.title",
      "product_variant.product.handle",
      "product_variant.product.thumbnail",
    ],
    filters: { trace_code: code },
  })
  if (!batch) {
    throw notFound
  }
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: ["name", "handle", "story", "logo_url", "status"],
    filters: { id: batch.cooperative_id },
  })
  if (cooperative?.status !== "approved") {
    throw notFound
  }
  const {
    data: [county],
  } = await query.graph({
    entity: "county",
    fields: storeCountyFields,
    filters: { code: batch.county_code },
  })
  const variant = batch.product_variant
  const trace: Trace = {
    code: batch.trace_code,
    harvested_at: isoDate(batch.harvested_at),
    village: batch.village,
    quantity: batch.quantity,
    unit: batch.unit,
    certifications: batch.certifications ?? [],
    inspection: batch.inspection
      ? {
          agency: batch.inspection.agency,
          inspected_at: batch.inspection.inspected_at,
          result: batch.inspection.result,
        }
      : null,
    registered_households: registeredHouseholdCount(batch.contributions ?? []),
    voided: batch.voided_at
      ? {
          at: new Date(batch.voided_at).toISOString(),
          reason: batch.void_reason ?? "",
        }
      : null,
    timeline: timeline(batch),
    product: variant?.product
      ? { ...variant.product, variant_title: variant.title }
      : null,
    cooperative: {
      name: cooperative.name,
      handle: cooperative.handle,
      story: cooperative.story,
      logo_url: cooperative.logo_url,
    },
    county: county ?? null,
  }
  res.json({ trace })
}
