import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProvenance } from "../../../../utils/provenance-view"

// A product's provenance panel: its cooperative and county, the batches
// that stock it (village, harvest date, certifications) and how many
// registered households supplied them — never who. The product page reads
// the same through /store/product-pages/:handle.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { provenance } = await loadProvenance(req.scope, req.params.id, {
    forSale: true,
  })
  res.json({ provenance })
}
