import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSearchForEvent } from "../workflows/search/utils/affected-products"

// Variants carry prices and batches: their product's document follows.
export default async function handler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await syncSearchForEvent(container, "variant", event.data)
}

export const config: SubscriberConfig = {
  event: ["product-variant.created", "product-variant.updated"],
}
