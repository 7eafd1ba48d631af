import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { verifyOrderAccess } from "../../../lib/orders/order-access"
import { orderAccessSecret } from "../../utils/order-access-secret"

// The header a browser sends the guest order's access token in.
export const ORDER_ACCESS_HEADER = "x-order-access-token"

// Medusa's GET /store/orders/:id answers anybody who has the id, with the
// buyer's email, address and phone and every cooperative's lines. An order
// of a customer with an account is theirs; a guest's order is readable only
// with the access token its completion handed to the browser that placed
// it. Anyone else gets the same 404 as for an id that does not exist.
async function onlyTheOwnersOrder(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: req.params.id },
  })
  const owner =
    !!order?.customer?.has_account &&
    order.customer_id === req.auth_context?.actor_id
  const placedHere =
    !!order &&
    verifyOrderAccess(
      orderAccessSecret(req.scope),
      order.id,
      req.headers[ORDER_ACCESS_HEADER],
      Date.now()
    )
  if (order && !owner && !placedHere) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${req.params.id} was not found`
    )
  }
  next()
}

export const storeOrdersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id",
    middlewares: [
      authenticate("customer", ["session", "bearer"], {
        allowUnauthenticated: true,
      }),
      onlyTheOwnersOrder,
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/shipments",
    middlewares: [
      authenticate("customer", ["session", "bearer"], {
        allowUnauthenticated: true,
      }),
      onlyTheOwnersOrder,
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/orders/:id/impact",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
