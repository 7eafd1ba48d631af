import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { loadProvenance } from "../../../../utils/provenance-view"

// A product's cooperative and batches for the operator's product page in
// /app: the shop's provenance (households counted, never named) whatever
// the product's or the cooperative's status, which is given beside it.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json(await loadProvenance(req.scope, req.params.id, { forSale: false }))
}
