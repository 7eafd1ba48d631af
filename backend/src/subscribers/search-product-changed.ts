import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSearchForEvent } from "../workflows/search/utils/affected-products"

// A product's own fields, categories or status changed: rebuild its search document (or remove it).
export default async function handler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await syncSearchForEvent(container, "product", event.data)
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted"],
}
