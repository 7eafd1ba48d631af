import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSearchForEvent } from "../workflows/search/utils/affected-products"

// A new batch adds stock, certifications and supplying households; a voided
// one takes them away.
export default async function handler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await syncSearchForEvent(container, "batch", event.data)
}

export const config: SubscriberConfig = {
  event: ["batch.created", "batch.voided"],
}
