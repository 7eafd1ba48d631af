import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { CARRIERS, SHIPPING_STATUS_WORDS } from "@tianfu/domain"
import { orderParcels } from "../../../../utils/order-parcels"

// The order by parcel, for the operator's order page in /app: each
// cooperative's lines with their status in the console's and the shopper's
// words (Medusa's own order-level status reads "shipped" as soon as any
// one cooperative has shipped). The words come with the answer: /app's
// extensions cannot import @tianfu/domain.
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({
    ...(await orderParcels(req.scope, req.params.id)),
    words: SHIPPING_STATUS_WORDS,
    carriers: CARRIERS,
  })
}
