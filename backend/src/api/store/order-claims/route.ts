import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { maskEmail } from "@tianfu/domain"
import {
  CLAIMABLE_ORDER_FIELDS,
  type ClaimableOrder,
  isClaimable,
  requestClaim,
} from "./claim"

// "Find my orders placed as a guest": for every guest order under the
// signed-in customer's e-mail address, a link to add it to the account goes
// to that address. The answer is the same whether there were none, one or
// many (no oracle for which addresses have ordered); the mailbox tells its
// owner. Up to 20 orders at a time, newest first.
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const customerId = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: customerId },
  })
  const email = customer?.email?.trim().toLowerCase()
  if (email) {
    const { data: guests } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { email, has_account: false },
    })
    const guestIds = guests.map((g) => g.id as string)
    const { data: orders } = guestIds.length
      ? await query.graph({
          entity: "order",
          fields: CLAIMABLE_ORDER_FIELDS,
          filters: { customer_id: guestIds },
          pagination: { take: 20, order: { created_at: "DESC" } },
        })
      : { data: [] }
    for (const order of orders as ClaimableOrder[]) {
      if (isClaimable(order)) {
        await requestClaim(req.scope, order.id, customerId)
      }
    }
  }
  res.status(202).json({
    claim: { sent_to: customer?.email ? maskEmail(customer.email) : null },
  })
}
