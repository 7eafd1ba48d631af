import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { maskEmail } from "@tianfu/domain"
import { sendEmail } from "../lib/notifications/send"
import { storefrontUrl } from "../api/utils/storefront-url"

type Action = {
  action?: string
  reference_id?: string
  details?: { token?: string } | null
}

// A request to add a guest order to a customer's account: the link that
// accepts it (Medusa's transfer token) goes to the order's own e-mail
// address, so only whoever reads that mailbox can add the order to an
// account.
export default async function orderTransferRequestedHandler({
  event,
  container,
}: SubscriberArgs<{ id: string; order_change_id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [change],
  } = await query.graph({
    entity: "order_change",
    fields: [
      "id",
      "order_id",
      "actions.action",
      "actions.reference_id",
      "actions.details",
    ],
    filters: { id: event.data.order_change_id },
  })
  const transfer = ((change?.actions ?? []) as Action[]).find(
    (a) => a?.action === "TRANSFER_CUSTOMER"
  )
  const token = transfer?.details?.token
  if (!change || !token) return
  const [{ data: orders }, { data: customers }] = await Promise.all([
    query.graph({
      entity: "order",
      fields: ["id", "display_id", "email"],
      filters: { id: event.data.id },
    }),
    query.graph({
      entity: "customer",
      fields: ["id", "email"],
      filters: { id: transfer.reference_id ?? "" },
    }),
  ])
  const order = orders[0]
  if (!order?.email) return
  await sendEmail(container, {
    to: order.email,
    template: "order-transfer",
    data: {
      display_id: order.display_id,
      account: customers[0]?.email ? maskEmail(customers[0].email) : "",
      claim_url: storefrontUrl(
        `/orders/${encodeURIComponent(order.id)}/claim?token=${encodeURIComponent(token)}`
      ),
    },
    idempotency_key: `order-transfer:${change.id}`,
    resource_type: "order",
    resource_id: order.id,
  })
}

export const config: SubscriberConfig = { event: "order.transfer_requested" }
