import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { shipCooperativeLinesWorkflow } from "../../../../../workflows/order"
import { requireOnceApproved, resolveVendorCaller } from "../../../caller"
import { ownOrder } from "../../own-order"
import type { VendorCreateFulfillmentType } from "../../validators"

// A cooperative ships its own lines of an order from its own stock
// location with a carrier and waybill number, through Medusa's fulfilment
// and shipment workflows; another cooperative's lines in the same order
// are not its to ship (404, as for any other tenant's object).
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorCreateFulfillmentType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireOnceApproved(caller)
  const cooperativeId = caller.cooperative.id
  const { view: own } = await ownOrder(req.scope, cooperativeId, req.params.id)
  const ownById = new Map(own.items.map((item) => [item.id, item]))
  const items =
    req.validatedBody.items ??
    own.items
      .map((item) => ({
        id: item.id,
        quantity: item.quantity - item.fulfilled_quantity,
      }))
      .filter((item) => item.quantity > 0)
  items.forEach((item, i) => {
    if (!ownById.has(item.id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `items[${i}].id: line ${item.id} was not found`
      )
    }
  })
  if (own.status === "canceled") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "order: a canceled order is not shipped"
    )
  }
  if (!items.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "items: every line of this cooperative is already fulfilled"
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = await query.graph({
    entity: "cooperative",
    fields: ["stock_location.id"],
    filters: { id: cooperativeId },
  })
  await shipCooperativeLinesWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      items,
      location_id: cooperative?.stock_location?.id ?? null,
      created_by: caller.user.id,
      cooperative_id: cooperativeId,
      carrier: req.validatedBody.carrier,
      tracking_number: req.validatedBody.tracking_number ?? null,
    },
  })
  const { view: after } = await ownOrder(
    req.scope,
    cooperativeId,
    req.params.id
  )
  res.status(201).json({ order: after })
}
