import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { requireOnceApproved, resolveVendorCaller } from "../../../../../caller"
import { ownOrder } from "../../../../own-order"

// The cooperative marks one of its own parcels delivered (the carrier's
// page or the recipient said so), through Medusa's workflow. Another
// cooperative's parcel is the same 404 as a missing one; a parcel already
// delivered is refused.
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireOnceApproved(caller)
  const cooperativeId = caller.cooperative.id
  const { view } = await ownOrder(req.scope, cooperativeId, req.params.id)
  const parcel = view.shipments.find((s) => s.id === req.params.fulfillment_id)
  if (!parcel) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Shipment ${req.params.fulfillment_id} was not found`
    )
  }
  if (parcel.delivered_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "fulfillment_id: this parcel is already marked delivered"
    )
  }
  await markOrderFulfillmentAsDeliveredWorkflow(req.scope).run({
    input: { orderId: req.params.id, fulfillmentId: parcel.id },
  })
  const { view: after } = await ownOrder(
    req.scope,
    cooperativeId,
    req.params.id
  )
  res.json({ order: after })
}
