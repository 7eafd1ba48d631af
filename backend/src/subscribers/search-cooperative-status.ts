import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncSearchForEvent } from "../workflows/search/utils/affected-products"

// A cooperative approved, suspended or back to pending: its products appear in or disappear from search.
export default async function handler({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await syncSearchForEvent(container, "cooperative", event.data)
}

export const config: SubscriberConfig = {
  event: [
    "cooperative.approved",
    "cooperative.suspended",
    "cooperative.pending",
  ],
}
