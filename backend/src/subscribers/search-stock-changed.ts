import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSearchForEvent } from "../workflows/search/utils/affected-products"

// Stock moved at a location: availability in search follows.
export default async function handler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await syncSearchForEvent(container, "inventory_level", event.data)
}

export const config: SubscriberConfig = {
  event: [
    "inventory.inventory-level.created",
    "inventory.inventory-level.updated",
  ],
}
