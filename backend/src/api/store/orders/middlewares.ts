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

// Medusa's GET /store/orders/:id answers anybody who has the id, with the
// email and delivery address. A guest needs that (its confirmation page);
// an order placed by a customer with an account is theirs alone: anyone
// else gets the same 404 as for an id that does not exist.
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
  if (
    order?.customer?.has_account &&
    order.customer_id !== req.auth_context?.actor_id
  ) {
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
    matcher: "/store/orders/:id/impact",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
