import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { ownedIdSets } from "../../../../utils/owned-ids"
import { requireOnceApproved, resolveVendorCaller } from "../../../caller"
import type { VendorCreateFulfillmentType } from "../../validators"
import { toVendorOrder, VENDOR_ORDER_FIELDS } from "../../view"

// A cooperative ships its own lines of an order from its own stock
// location, through Medusa's fulfillment workflow; another cooperative's
// lines in the same order are not its to ship (404, as for any other
// tenant's object).
export const POST = async (
  req: AuthenticatedMedusaRequest<VendorCreateFulfillmentType>,
  res: MedusaResponse
) => {
  const caller = await resolveVendorCaller(req)
  requireOnceApproved(caller)
  const owned = await ownedIdSets(req.scope, caller.cooperative.id, [
    "orders",
    "products",
  ])
  const notFound = (what: string) =>
    new MedusaError(MedusaError.Types.NOT_FOUND, `${what} was not found`)
  if (!owned.orders.includes(req.params.id)) {
    throw notFound(`Order ${req.params.id}`)
  }
  const productIds = new Set(owned.products)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: cooperatives }] = await Promise.all([
    query.graph({
      entity: "order",
      fields: VENDOR_ORDER_FIELDS,
      filters: { id: req.params.id },
    }),
    query.graph({
      entity: "cooperative",
      fields: ["stock_location.id"],
      filters: { id: caller.cooperative.id },
    }),
  ])
  const own = toVendorOrder(orders[0] as Record<string, unknown>, productIds)
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
      throw notFound(`items[${i}].id: line ${item.id}`)
    }
  })
  if (!items.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "items: every line of this cooperative is already fulfilled"
    )
  }
  await createOrderFulfillmentWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      items,
      location_id: cooperatives[0]?.stock_location?.id ?? null,
      created_by: caller.user.id,
    },
  })
  const {
    data: [after],
  } = await query.graph({
    entity: "order",
    fields: VENDOR_ORDER_FIELDS,
    filters: { id: req.params.id },
  })
  res.status(201).json({
    order: toVendorOrder(after as Record<string, unknown>, productIds),
  })
}
