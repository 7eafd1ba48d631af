import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  batchesOf,
  countyAndFloor,
  PROVENANCE_FIELDS,
  type ProvenanceBatchRow,
  type ProvenanceCooperative,
  provenanceOf,
} from "../../../../utils/provenance-view"

type ProductRow = {
  id: string
  status: string
  cooperative?: ProvenanceCooperative | null
  variants?: ({
    id: string
    title: string
    batches?: (ProvenanceBatchRow | null)[]
  } | null)[]
}

// A product's provenance panel: its cooperative and county, the batches
// that stock it (village, harvest date, certifications) and how many
// registered households supplied them — never who. The product page reads
// the same through /store/product-pages/:handle.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = (await query.graph({
    entity: "product",
    fields: ["id", "status", ...PROVENANCE_FIELDS],
    filters: { id: req.params.id },
  })) as unknown as { data: ProductRow[] }
  const cooperative = product?.cooperative
  if (
    !product ||
    product.status !== "published" ||
    cooperative?.status !== "approved"
  ) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product ${req.params.id} was not found`
    )
  }
  const batches = batchesOf(product.variants ?? [])
  const extra = await countyAndFloor(
    req.scope,
    cooperative,
    batches.rows[0]?.unit
  )
  res.json({
    provenance: provenanceOf(product.id, cooperative, batches, extra),
  })
}
