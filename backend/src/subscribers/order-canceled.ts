import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseOrderAllocationWorkflow } from "../workflows/attribution"

// A canceled order gives its batch units back. Its ledger needs nothing: a
// cancel before capture never wrote any, and after capture Medusa refunds the
// payment, whose payment.refunded event writes the reversal.
export default async function orderCanceledHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await releaseOrderAllocationWorkflow(container).run({
    input: { order_id: event.data.id },
  })
}

export const config: SubscriberConfig = { event: "order.canceled" }
