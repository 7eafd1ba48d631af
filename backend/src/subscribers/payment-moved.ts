import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { findPaymentOrderId } from "../workflows/attribution/utils/payment-order"
import { attributeOrderPaymentsWorkflow } from "../workflows/attribution"

// A capture recognises the order's sale in the ledger; a refund reverses its
// share. The workflow is idempotent, so redelivered events are harmless.
export default async function paymentMovedHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const orderId = await findPaymentOrderId(container, event.data.id)
  if (!orderId) return
  await attributeOrderPaymentsWorkflow(container).run({
    input: { order_id: orderId },
  })
}

export const config: SubscriberConfig = {
  event: ["payment.captured", "payment.refunded"],
}
