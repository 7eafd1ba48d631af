import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkOrderToCooperativesWorkflow } from "../workflows/order"

// Each placed order becomes visible to the cooperatives whose products it holds.
export default async function orderPlacedHandler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await linkOrderToCooperativesWorkflow(container).run({
    input: { order_id: event.data.id },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
