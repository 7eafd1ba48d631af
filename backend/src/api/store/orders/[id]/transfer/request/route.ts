import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { maskEmail } from "@tianfu/domain"
import { verifyOrderAccess } from "../../../../../../lib/orders/order-access"
import { orderAccessSecret } from "../../../../../utils/order-access-secret"
import { ORDER_ACCESS_HEADER } from "../../../middlewares"
import {
  CLAIMABLE_ORDER_FIELDS,
  type ClaimableOrder,
  isClaimable,
  requestClaim,
} from "../../../../order-claims/claim"

// Replaces Medusa's route, which lets any signed-in customer ask for any
// order (an account's too) and answers with the whole order, address and
// e-mail included, to whoever asked. Here a customer asks only for a guest
// order they can show is theirs — from the browser that placed it (its
// access token), or with an account under the order's e-mail address — and
// the answer says only where the confirmation link went. Any other order
// is the same 404 as one that does not exist.
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const customerId = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: customers }] = await Promise.all([
    query.graph({
      entity: "order",
      fields: CLAIMABLE_ORDER_FIELDS,
      filters: { id: req.params.id },
    }),
    query.graph({
      entity: "customer",
      fields: ["id", "email"],
      filters: { id: customerId },
    }),
  ])
  const order = orders[0] as ClaimableOrder | undefined
  const placedHere =
    !!order &&
    verifyOrderAccess(
      orderAccessSecret(req.scope),
      order.id,
      req.headers[ORDER_ACCESS_HEADER],
      Date.now()
    )
  const sameAddress =
    !!order?.email &&
    !!customers[0]?.email &&
    order.email.trim().toLowerCase() === customers[0].email.trim().toLowerCase()
  if (!order || !isClaimable(order) || !(placedHere || sameAddress)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${req.params.id} was not found`
    )
  }
  await requestClaim(req.scope, order.id, customerId)
  res.status(202).json({
    transfer: { order_id: order.id, sent_to: maskEmail(order.email as string) },
  })
}
