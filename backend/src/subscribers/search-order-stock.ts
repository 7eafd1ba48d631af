import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSearchForEvent } from "../workflows/search/utils/affected-products"

// Placing or canceling an order moves batch units, so availability in search follows.
export default async function handler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await syncSearchForEvent(container, "order", event.data)
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled"],
}
