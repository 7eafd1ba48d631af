import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { signOrderAccess } from "../../../../../lib/orders/order-access"
import { completeCartWithAllocationWorkflow } from "../../../../../workflows/attribution"
import { orderAccessSecret } from "../../../../utils/order-access-secret"

const STATUS_OK_ERRORS: string[] = [
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
]

// Medusa's own cart completion, wrapped so that the order's lines are
// allocated to batches before the customer gets the order back. Responds
// like Medusa's route: `{ type: "order", order, order_access_token }`, or `{ type: "cart", cart,
// error }` when the payment needs the customer's attention.
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const cartId = req.params.id
  const { errors, result, transaction } =
    await completeCartWithAllocationWorkflow(req.scope).run({
      input: { id: cartId },
      throwOnError: false,
    })
  if (!transaction.hasFinished()) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "Cart is already being completed by another request"
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const error = errors?.[0]?.error as MedusaError | undefined
  if (error) {
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: req.queryConfig?.fields ?? ["*", "items.*"],
      filters: { id: cartId },
    })
    // As Medusa's own route (which refetches the cart first): an unknown
    // cart is a 404, not whatever the workflow tripped over.
    if (!cart) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart id not found: ${cartId}`
      )
    }
    if (!STATUS_OK_ERRORS.includes(error.type)) {
      throw error
    }
    res.status(200).json({
      type: "cart",
      cart,
      error: { message: error.message, name: error.name, type: error.type },
    })
    return
  }
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: req.queryConfig?.fields ?? ["*", "items.*"],
    filters: { id: result.id },
  })
  // The guest's key to read this order back (its confirmation page); a
  // customer with an account reads it signed in.
  res.status(200).json({
    type: "order",
    order,
    order_access_token: signOrderAccess(
      orderAccessSecret(req.scope),
      result.id,
      Date.now()
    ),
  })
}
