import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSearchForEvent } from "../workflows/search/utils/affected-products"

// A price of a variant changed: its product's price range in search follows.
export default async function handler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await syncSearchForEvent(container, "price", event.data)
}

export const config: SubscriberConfig = {
  event: ["pricing.price.created", "pricing.price.updated"],
}
