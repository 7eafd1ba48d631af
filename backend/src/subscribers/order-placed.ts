import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  allocateOrderWorkflow,
  attributeOrderPaymentsWorkflow,
} from "../workflows/attribution"
import { linkOrderToCooperativesWorkflow } from "../workflows/order"
import { markPlacementHandledWorkflow } from "../workflows/placement"

// Each placed order becomes visible to the cooperatives whose products it
// holds; orders placed outside the storefront checkout (e.g. draft orders)
// get their batch allocation here, and a payment captured at authorisation
// is recognised at once. Each workflow is a no-op when already done; the
// last records that the event was handled (see the placement model).
export default async function orderPlacedHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const input = { order_id: event.data.id }
  await linkOrderToCooperativesWorkflow(container).run({ input })
  await allocateOrderWorkflow(container).run({ input })
  await attributeOrderPaymentsWorkflow(container).run({ input })
  await markPlacementHandledWorkflow(container).run({ input })
}

export const config: SubscriberConfig = { event: "order.placed" }
