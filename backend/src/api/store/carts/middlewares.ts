import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

// Medusa's DELETE /store/carts/:id/line-items/:line_id reads the cart's
// completed_at without checking that the cart exists: a 500 for any unknown
// id. The same 404 its other cart routes give comes first instead.
async function cartMustExist(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id"],
    filters: { id: req.params.id },
  })
  if (!cart) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Cart id not found: ${req.params.id}`
    )
  }
  next()
}

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["DELETE"],
    matcher: "/store/carts/:id/line-items/:line_id",
    middlewares: [cartMustExist],
  },
]
