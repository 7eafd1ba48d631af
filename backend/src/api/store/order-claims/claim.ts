import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  cancelOrderTransferRequestWorkflow,
  requestOrderTransferWorkflow,
} from "@medusajs/medusa/core-flows"

export type ClaimableOrder = {
  id: string
  email: string | null
  status: string
  customer_id: string | null
  customer?: { has_account?: boolean | null } | null
}

export const CLAIMABLE_ORDER_FIELDS = [
  "id",
  "email",
  "status",
  "customer_id",
  "customer.has_account",
]

// An order a customer may ask to add to their account: placed as a guest
// (never one that already belongs to an account, which Medusa's own
// transfer would let anyone ask for), and not canceled.
export function isClaimable(order: ClaimableOrder | undefined | null) {
  return (
    !!order?.email &&
    order.status !== "canceled" &&
    !order.customer?.has_account
  )
}

// Medusa's order transfer for one guest order: a request whose token goes
// by e-mail to the order's address (the order.transfer_requested
// subscriber); accepting it with that token moves the order to the
// customer. A request already pending is replaced, so the newest e-mail's
// link is the one that works.
export async function requestClaim(
  scope: MedusaContainer,
  orderId: string,
  customerId: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: pending } = await query.graph({
    entity: "order_change",
    fields: ["id"],
    filters: {
      order_id: orderId,
      change_type: "transfer",
      status: "requested",
    },
  })
  if (pending.length) {
    await cancelOrderTransferRequestWorkflow(scope).run({
      input: {
        order_id: orderId,
        logged_in_user_id: customerId,
        actor_type: "user",
      },
    })
  }
  await requestOrderTransferWorkflow(scope).run({
    input: {
      order_id: orderId,
      customer_id: customerId,
      logged_in_user: customerId,
      description: "claimed from the shop",
    },
  })
}
